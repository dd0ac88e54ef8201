/// <reference lib="dom" />
/**
 * Dates with their basis: what a document STATES, what a named rule DERIVES (with the rule's
 * explanation), or UNKNOWN with why, never a bare "unknown" where something is known.
 */
import { h, when } from './dom.ts';

export interface Fieldwork {
  fieldworkFrom?: string | null;
  fieldworkTo?: string | null;
  fieldworkBasis: string;
  fieldworkWindowFrom?: string | null;
  fieldworkWindowTo?: string | null;
  fieldworkExplanation?: string | null;
}

function span(from: string | null | undefined, to: string | null | undefined): string {
  if (!from) return '';
  return to && to !== from ? `${when(from)} to ${when(to)}` : when(from);
}

/** The fieldwork in words, with its basis: `Mar 2025 (stated)`, `between ... (derived)`, `unknown`. */
export function fieldworkText(i: Fieldwork): string {
  if (i.fieldworkBasis === 'STATED') return `${span(i.fieldworkFrom, i.fieldworkTo)} (stated)`;
  if (i.fieldworkBasis === 'DERIVED') return `between ${when(i.fieldworkWindowFrom)} and ${when(i.fieldworkWindowTo)} (derived)`;
  return 'unknown (no document states it and no rule applies)';
}

/** The same as elements: the basis as a badge, and the rule's explanation beside a derived or unknown one. */
export function fieldworkCell(i: Fieldwork): HTMLElement {
  const basis = i.fieldworkBasis.toLowerCase();
  return h(
    'span',
    { class: `dated basis-${basis}` },
    fieldworkText(i),
    i.fieldworkBasis !== 'STATED' && i.fieldworkExplanation ? h('small', { class: 'basis-why' }, ` ${i.fieldworkExplanation}`) : null,
  );
}

/** The fieldwork with the rule's explanation, as one line of text (for CSV). */
export function fieldworkFull(i: Fieldwork): string {
  return i.fieldworkBasis !== 'STATED' && i.fieldworkExplanation ? `${fieldworkText(i)} ${i.fieldworkExplanation}` : fieldworkText(i);
}

const DATE_BASIS: Record<string, string> = {
  FIELDWORK: 'fieldwork began, stated',
  REPORTED: 'month first reported; no fieldwork stated',
  PUBLISHED: 'publication date; no fieldwork stated',
  NONE: 'no date known',
};

/** An inspection's ordering date (`Inspection.date`) with what it is. */
export function inspectionDate(i: { date?: string | null; dateBasis: string }): string {
  return i.date ? `${when(i.date)} (${DATE_BASIS[i.dateBasis] ?? i.dateBasis.toLowerCase()})` : `undated (${DATE_BASIS.NONE})`;
}

/** A dated value with its basis (`Role.until`, `publishedOn`): `29 Sept 2023 (derived)`, else why not. */
export function basisDate(value: string | null | undefined, basis: string | null | undefined, explanation?: string | null): string {
  const why = explanation ? `: ${explanation}` : '';
  if (value) return `${when(value)} (${(basis ?? 'stated').toLowerCase()}${basis === 'DERIVED' ? why : ''})`;
  return basis === 'UNKNOWN' || !basis ? `not known${why}` : `none (${basis.toLowerCase()}${why})`;
}
