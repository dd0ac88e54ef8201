/**
 * Recurring recommendations: themes shared by recommendations to several PDUs, optionally only among
 * inspections under one policy. One Cypher statement groups them; the explanation is written here,
 * from what the statement returns, so an analyst can see exactly why each group exists.
 */
import type { Tx } from '../db/database.ts';
import type { PressureBasis, ThemeBasis } from '../model/enums.ts';
import type { InspectionRecord, PduRecord, RecommendationRecord, ThemeRecord } from '../model/records.ts';
import type { RecurringThemeRecord } from './records.ts';

export interface RecurringArgs {
  policy: string | null;
  minPdus: number;
  region: string | null;
  from: string | null;
  to: string | null;
}

export const RECURRING_CYPHER = `
MATCH (i:Inspection)-[:OF]->(p:PDU)
WHERE ($region IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) })
  AND ($from IS NULL OR i.fieldworkFrom >= $from) AND ($to IS NULL OR i.fieldworkFrom <= $to)
CALL (i) {
  OPTIONAL MATCH (i)-[u:UNDER]->(:Policy {code: $policy})
  RETURN collect(DISTINCT u.basis) AS bases
}
WITH i, p, bases WHERE $policy IS NULL OR size(bases) > 0
MATCH (i)-[:RECOMMENDS]->(r:Recommendation)-[a:ABOUT]->(t:Theme)
WITH t, p, i, bases, r, collect({basis: a.basis, rule: a.rule, matched: a.matched}) AS how
WITH t,
     collect(DISTINCT p {.*}) AS pdus,
     collect(DISTINCT {inspection: i {.*}, bases: bases, pdu: p.name}) AS inspections,
     collect({recommendation: r {.*}, how: how}) AS recs
WHERE size(pdus) >= $minPdus
RETURN t {.*} AS theme, pdus, inspections, recs
ORDER BY size(pdus) DESC, size(recs) DESC, theme.name`;

interface Row {
  theme: ThemeRecord;
  pdus: PduRecord[];
  inspections: { inspection: InspectionRecord; bases: PressureBasis[]; pdu: string }[];
  recs: { recommendation: RecommendationRecord; how: { basis: ThemeBasis; rule: string | null; matched: string[] | null }[] }[];
}

const BASIS_WORDS: Record<PressureBasis, string> = {
  FIELDWORK_OVERLAP: 'fieldwork while it was in force',
  DOCUMENT_MENTION: 'named in a document about the inspection',
};

/** Oldest fieldwork first; an inspection whose fieldwork no document states sorts first. */
function byFieldwork(a: InspectionRecord, b: InspectionRecord): number {
  return (a.fieldworkFrom ?? '').localeCompare(b.fieldworkFrom ?? '') || a.id.localeCompare(b.id);
}

export function explain(row: Row, policy: string | null): string {
  const names = row.pdus.map((p) => p.name).sort();
  const parts = [`${row.recs.length} recommendation${row.recs.length === 1 ? '' : 's'} to ${names.length} PDUs (${names.join('; ')}) share the theme "${row.theme.name}".`];
  if (policy) {
    const each = [...row.inspections]
      .sort((a, b) => byFieldwork(a.inspection, b.inspection))
      .map((x) => `${x.pdu} ${x.inspection.fieldworkFrom ?? '(fieldwork not stated)'}: ${[...x.bases].sort().map((b) => BASIS_WORDS[b]).join(' and ')}`);
    parts.push(`Every one of these inspections was under ${policy} (${each.join('; ')}).`);
  }
  const curated = row.recs.filter((r) => r.how.some((h) => h.basis === 'CURATED')).length;
  const rules = new Map<string, Set<string>>();
  for (const r of row.recs) {
    for (const h of r.how) if (h.basis === 'RULE' && h.rule) {
      const words = rules.get(h.rule) ?? new Set<string>();
      for (const w of h.matched ?? []) words.add(w);
      rules.set(h.rule, words);
    }
  }
  const how: string[] = [];
  if (curated) how.push(`${curated} by curation`);
  for (const [rule, words] of rules) how.push(`the rule "${rule}" (matched: ${[...words].join(', ')})`);
  if (how.length) parts.push(`The theme was assigned ${how.join('; ')}.`);
  return parts.join(' ');
}

export async function recurringRecommendations(tx: Tx, args: RecurringArgs): Promise<RecurringThemeRecord[]> {
  const result = await tx.run(RECURRING_CYPHER, { ...args });
  return result.records.map((rec) => {
    const row = rec.toObject() as unknown as Row;
    const inspections = [...row.inspections].sort((a, b) => byFieldwork(b.inspection, a.inspection));
    return {
      theme: row.theme,
      pduCount: row.pdus.length,
      pdus: [...row.pdus].sort((a, b) => a.name.localeCompare(b.name)),
      inspections: inspections.map((x) => x.inspection),
      pressures: args.policy ? inspections.map((x) => ({ inspection: x.inspection, bases: [...x.bases].sort() })) : [],
      recommendations: row.recs.map((r) => r.recommendation),
      explanation: explain(row, args.policy),
    };
  });
}
