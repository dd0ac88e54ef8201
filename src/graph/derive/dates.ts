/**
 * Dates the documents do not state, derived by named rules that say so. A value no source states and
 * no rule gives stays null: nothing is filled in from a guess.
 *
 * The fieldwork window of an inspection:
 * - STATED: a document gives the fieldwork month(s); the window is those months.
 * - DERIVED by FIELDWORK_BEFORE_PUBLICATION: no document gives the fieldwork, but the report's
 *   publication date, or the date of a document that reports the inspection (a news report), is
 *   known. Fieldwork comes before publication, so it lies in the months from `maxMonths` before the
 *   earliest of those dates up to that date's month. `maxMonths` is data (seeds/facts/date-rules.yaml),
 *   with the reason for its value.
 * - DERIVED by PUBLISHED_IN_TENURE: no date at all, but a document that reports the inspection
 *   quotes the Chief Inspector of Probation as in post, so it was published during that tenure
 *   (seeds/facts/chief-inspectors.yaml; an open tenure runs to the month the document was read).
 *   Fieldwork lies from `maxMonths` before the tenure began up to the tenure's last month: a wide
 *   window, which the analyses treat as such (CERTAIN only when all of it lies inside a period).
 * - UNKNOWN: no date at all.
 *
 * The window is stored beside the stated values (fieldworkFrom and fieldworkTo stay null when not
 * stated), with the basis, the rule and a sentence that explains it.
 */
import { addMonths, type DateBasis, type DateRules } from '../../model/dates.ts';

export type { DateRules };

export const FIELDWORK_BEFORE_PUBLICATION = 'FIELDWORK_BEFORE_PUBLICATION';
export const PUBLISHED_IN_TENURE = 'PUBLISHED_IN_TENURE';


export interface InspectionDates {
  fieldworkFrom: string | null;
  fieldworkTo: string | null;
  publishedOn: string | null;
  /** The month of the earliest document that reports the inspection, when no fieldwork is stated. */
  reportedIn: string | null;
  /** The months a reporting document was published within, from the tenure of the Chief Inspector it quotes. */
  reportedWithinFrom?: string | null;
  reportedWithinTo?: string | null;
  /** Who that Chief Inspector was, for the explanation. */
  reportedWithinBy?: string | null;
}

export interface FieldworkWindow {
  fieldworkBasis: DateBasis;
  fieldworkWindowFrom: string | null;
  fieldworkWindowTo: string | null;
  fieldworkRule: string | null;
  fieldworkExplanation: string;
}

/** The fieldwork window of an inspection, with its basis (see the rules above). */
export function fieldworkWindow(d: InspectionDates, rules: DateRules): FieldworkWindow {
  if (d.fieldworkFrom) {
    const to = d.fieldworkTo ?? d.fieldworkFrom;
    return {
      fieldworkBasis: 'STATED', fieldworkWindowFrom: d.fieldworkFrom, fieldworkWindowTo: to, fieldworkRule: null,
      fieldworkExplanation: `fieldwork ${to === d.fieldworkFrom ? d.fieldworkFrom : `${d.fieldworkFrom} to ${to}`}, as a document states`,
    };
  }
  const anchors = [d.publishedOn, d.reportedIn].filter((x): x is string => !!x).map((x) => x.slice(0, 7)).sort();
  const anchor = anchors[0];
  if (!anchor && d.reportedWithinFrom && d.reportedWithinTo) return windowFromTenure(d.reportedWithinFrom, d.reportedWithinTo, d.reportedWithinBy ?? 'the Chief Inspector', rules);
  if (!anchor) {
    return { fieldworkBasis: 'UNKNOWN', fieldworkWindowFrom: null, fieldworkWindowTo: null, fieldworkRule: null, fieldworkExplanation: 'no document states the fieldwork, the publication date or its own date' };
  }
  const from = addMonths(anchor, -rules.fieldworkBeforePublicationMonths);
  const what = d.publishedOn && d.publishedOn.slice(0, 7) === anchor ? `the report was published ${d.publishedOn}` : `a document reported it in ${anchor}`;
  return {
    fieldworkBasis: 'DERIVED', fieldworkWindowFrom: from, fieldworkWindowTo: anchor, fieldworkRule: FIELDWORK_BEFORE_PUBLICATION,
    fieldworkExplanation: `no document states the fieldwork; ${what}, and fieldwork comes before publication (at most ${rules.fieldworkBeforePublicationMonths} months before, by the rule ${FIELDWORK_BEFORE_PUBLICATION}), so it lies between ${from} and ${anchor}`,
  };
}

/** The basis of a date property: STATED when a value is there (every stored date is stated), else UNKNOWN. */
export function statedOrUnknown(value: string | null | undefined): DateBasis {
  return value ? 'STATED' : 'UNKNOWN';
}

/** Rule PUBLISHED_IN_TENURE (see the top of this file). */
function windowFromTenure(from: string, to: string, who: string, rules: DateRules): FieldworkWindow {
  const start = addMonths(from, -rules.fieldworkBeforePublicationMonths);
  return {
    fieldworkBasis: 'DERIVED', fieldworkWindowFrom: start, fieldworkWindowTo: to, fieldworkRule: PUBLISHED_IN_TENURE,
    fieldworkExplanation: `no document states the fieldwork or a date; a document about it quotes ${who} as Chief Inspector of Probation, in post from ${from} to ${to}, so it was published then, and fieldwork comes before publication (at most ${rules.fieldworkBeforePublicationMonths} months before, by the rule ${FIELDWORK_BEFORE_PUBLICATION}): it lies between ${start} and ${to} (rule ${PUBLISHED_IN_TENURE})`,
  };
}
