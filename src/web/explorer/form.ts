/// <reference lib="dom" />
/**
 * What the question views share besides the table: their forms (the question's arguments, kept in
 * the URL so every answer can be bookmarked) and the coverage of an answer (what it considered, what
 * it left out and why).
 */
import { h, RATING_LABEL } from './dom.ts';
import type { Directory } from './lookup.ts';
import { dataTable } from './table.ts';

/** Go to a view with these arguments (empty ones left out). */
export function go(view: string, args: Record<string, string | null | undefined>): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(args)) if (v) q.set(k, v);
  const s = q.toString();
  location.hash = `#/${view}${s ? `?${s}` : ''}`;
}

export function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('span', { class: 'field' }, h('label', { for: id }, label), ' ', control);
}

export function ratingSelect(value: string | null): HTMLSelectElement {
  return h('select', { id: 'rating', name: 'rating' }, h('option', { value: '' }, 'any'), Object.entries(RATING_LABEL).map(([k, l]) => h('option', { value: k, selected: k === value }, l)));
}

export function policySelect(dir: Directory, value: string | null): HTMLSelectElement {
  const policies = dir.entries.filter((e) => e.kind === 'Policy');
  return h('select', { id: 'policy', name: 'policy' }, h('option', { value: '' }, 'any (all inspections)'), policies.map((p) => h('option', { value: p.also[0]!, selected: p.also[0] === value }, p.name)));
}

export function monthInput(id: string, value: string | null): HTMLInputElement {
  return h('input', { id, name: id, type: 'month', value: value ?? '' });
}

export interface CoverageLike {
  summary: string;
  excluded: readonly { reason: string; kind: string; count: number; ids: readonly string[]; explanation: string }[];
}

/** An answer's coverage: its summary, and the inspections left out by reason (a table, downloadable). */
export function coverageBlock(coverage: CoverageLike, title: string): HTMLElement {
  return h(
    'section',
    { class: 'coverage' },
    h('h2', {}, 'Coverage'),
    h('p', { class: 'summary' }, coverage.summary),
    coverage.excluded.length
      ? dataTable({
          title: `${title}: left out`,
          name: 'excluded',
          rows: coverage.excluded,
          columns: [
            { label: 'Reason', value: (e) => e.reason },
            { label: 'Kind', value: (e) => e.kind },
            { label: 'Inspections', value: (e) => String(e.count), numeric: true },
            { label: 'Explanation', value: (e) => e.explanation },
            { label: 'Ids', value: (e) => e.ids.join(' ') },
          ],
        })
      : null,
  );
}

/** A form that calls `submit` instead of posting. */
export function questionForm(submit: () => void, ...children: (HTMLElement | string | null)[]): HTMLFormElement {
  return h(
    'form',
    {
      class: 'question',
      onsubmit: (e: Event) => {
        e.preventDefault();
        submit();
      },
    },
    children,
    ' ',
    h('button', { type: 'submit' }, 'Ask'),
  );
}

export const pduLink = (p: { id: string; name: string }) => h('a', { href: `#/pdu/${encodeURIComponent(p.id)}` }, p.name);
export const inspectionLink = (i: { id: string; name: string }) => h('a', { href: `#/inspection/${encodeURIComponent(i.id)}` }, i.name);
