/**
 * --explain: for every field of the extraction, the words it came from and the rule that took them,
 * or why it is null. Rules record their name with each fact (evidence.rule); a rule that saw
 * something close but declined records why (InspectionDraft.declined); otherwise a null says what no
 * sentence of the text states.
 */
import type { DraftField, InspectionDraft } from './draft.ts';
import type { PduEntity } from './entities.ts';
import type { Evidence, Extraction } from './types.ts';

export interface FieldExplanation {
  field: string;
  value: unknown;
  /** The words the value came from, and the rule that took them (one entry per piece of evidence). */
  from?: Array<{ quote: string; start: number; end: number; rule: string | null }>;
  /** Why the value is null. */
  why?: string;
}

export interface Explanation {
  document: FieldExplanation[];
  inspections: Array<{ pdu: string; fields: FieldExplanation[] }>;
  people: Array<{ name: string; role: string | null; rule: string | null; quote: string | null }>;
  /** PDUs named but not reported on, and why. */
  mentionedOnly: Array<{ pdu: string; why: string }>;
}

/** What no sentence of the text states, field by field. */
export const NULL_REASONS: Record<DraftField | 'title' | 'publishedOn' | 'url', string> = {
  rating: 'no statement rates this PDU',
  previousRating: 'no sentence states the rating of an earlier inspection',
  previousInspectionYear: 'no sentence dates the previous inspection',
  region: 'no sentence places the probation services in a region',
  pdusInRegion: 'no sentence counts the PDUs of the region',
  fieldwork: 'no sentence states a fieldwork month with its year',
  fieldworkTo: 'no range of fieldwork months is stated',
  published: 'no sentence gives the day the report was published',
  recommendationCount: 'no sentence states how many recommendations the report makes',
  recommendationsQuoted: 'no recommendation is quoted in full',
  chiefInspector: 'no one is named as Chief Inspector of Probation',
  title: 'the text does not start with a headline line',
  publishedOn: 'no dateline, and not a press release with one publication day',
  url: 'the text has no URL line',
};

const INSPECTION_FIELDS: DraftField[] = [
  'rating', 'previousRating', 'previousInspectionYear', 'region', 'pdusInRegion', 'fieldwork', 'fieldworkTo', 'published',
  'recommendationCount', 'recommendationsQuoted', 'chiefInspector',
];

const isEmpty = (v: unknown): boolean => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

function explainField(field: string, value: unknown, evidence: Evidence[], why: string): FieldExplanation {
  if (isEmpty(value)) return { field, value: Array.isArray(value) ? [] : null, why };
  const own = evidence.filter((e) => e.field === field || e.field.startsWith(`${field}[`));
  return { field, value, from: own.map((e) => ({ quote: e.quote, start: e.start, end: e.end, rule: e.rule ?? null })) };
}

export function explain(x: Extraction, drafts: InspectionDraft[], others: PduEntity[]): Explanation {
  const d = x.document;
  return {
    document: [
      { field: 'kind', value: d.kind },
      explainField('url', d.url, d.evidence, NULL_REASONS.url),
      explainField('title', d.title, d.evidence, NULL_REASONS.title),
      explainField('publishedOn', d.publishedOn, d.evidence, NULL_REASONS.publishedOn),
      { field: 'complete', value: d.complete, ...(d.complete ? {} : { why: 'the text stops before its end (mid-sentence or mid-line)' }) },
    ],
    inspections: x.inspections.map((i, k) => ({
      pdu: i.pdu,
      fields: [
        explainField('pdu', i.pdu, i.evidence, ''),
        ...INSPECTION_FIELDS.map((f) => explainField(f, i[f], i.evidence, drafts[k]?.declined[f] ?? NULL_REASONS[f])),
      ],
    })),
    people: x.people.map((p) => ({ name: p.name, role: p.role, rule: p.evidence[0]?.rule ?? null, quote: p.evidence[0]?.quote ?? null })),
    mentionedOnly: others.map((e) => ({
      pdu: e.name,
      why: e.umbrella
        ? 'named only in the headline, as the area of the PDUs the text goes on to name'
        : e.crossRef && !e.inTitle
          ? 'first named where the text refers to other inspections'
          : e.strong
            ? 'no statement rates it'
            : 'named only in passing (no PDU marker, no rating)',
    })),
  };
}
