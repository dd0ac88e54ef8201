/**
 * Recurring recommendations: themes shared by recommendations to several PDUs, optionally only among
 * inspections under one policy. One Cypher statement groups them; the explanation is written here,
 * from what the statement returns, so an analyst can see exactly why each group exists.
 *
 * The answer stays bounded however large the graph: per theme the statement returns counts (PDUs,
 * inspections, recommendations, how the theme was assigned) computed by aggregation, and only a
 * sample of the nodes behind them (`RECURRING_SAMPLE` inspections newest first, their PDUs and
 * their recommendations), which the API cuts to the `limit` a client asks for. With a policy the
 * statement starts from the policy (index on Policy.code) and walks its UNDER relationships; it reads
 * only the properties it groups or sorts by, and full nodes only for the sample.
 */
import type { Tx } from '../db/database.ts';
import type { PressureBasis } from '../model/enums.ts';
import type { InspectionRecord, PduRecord, RecommendationRecord, ThemeRecord } from '../model/records.ts';
import type { RecurringThemeRecord } from './records.ts';
import type { Statement } from './statement.ts';

export interface RecurringArgs {
  policy: string | null;
  minPdus: number;
  region: string | null;
  from: string | null;
  to: string | null;
}

/** How many PDUs, inspections and recommendations the statement returns per theme (the API's largest `limit`). */
export const RECURRING_SAMPLE = 100;
/** How many PDUs and inspections the explanation names before it says "and N more". */
export const EXPLANATION_EXAMPLES = 5;

/** The inspections in scope, with the bases on which each was under the policy. */
const UNDER_POLICY = `MATCH (:Policy {code: $policy})<-[u:UNDER]-(i:Inspection)
WITH i, collect(DISTINCT u.basis) AS bases`;
const ALL_INSPECTIONS = `MATCH (i:Inspection)
WITH i, [] AS bases`;

const GROUP = `
WITH i, bases, i.fieldworkFrom AS fw
WHERE ($from IS NULL OR fw >= $from) AND ($to IS NULL OR fw <= $to)
// OF leads only to a PDU, RECOMMENDS only to a Recommendation and its ABOUT only to a Theme: no label checks.
MATCH (i)-[:OF]->(p)
WHERE $region IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }
// Per inspection, its themes: small aggregations (a recommendation may carry a theme by curation and by rule).
CALL (i) {
  MATCH (i)-[:RECOMMENDS]->(r)-[a:ABOUT]->(t)
  WITH t, count(DISTINCT r) AS recs, count(DISTINCT CASE WHEN a.basis = 'CURATED' THEN r END) AS curated,
       collect(CASE WHEN a.basis = 'RULE' THEN {rule: a.rule, matched: a.matched} END) AS hits
  RETURN t, recs, curated, hits
}
WITH t, i, bases, fw, i.id AS iid, p, recs, curated, hits
ORDER BY fw DESC, iid
// One row per theme: the counts, the inspections newest first, the PDUs.
WITH t,
     count(DISTINCT p) AS pduCount,
     count(i) AS inspectionCount,
     sum(recs) AS recommendationCount,
     sum(curated) AS curatedCount,
     sum(CASE WHEN 'FIELDWORK_OVERLAP' IN bases THEN 1 ELSE 0 END) AS fieldworkCount,
     sum(CASE WHEN 'DOCUMENT_MENTION' IN bases THEN 1 ELSE 0 END) AS mentionCount,
     collect({i: i, bases: bases, p: p}) AS inspections,
     collect(hits) AS hits
WHERE pduCount >= $minPdus
// The PDUs in the order of their newest inspection in the group, the first $sample of them. (Sorting all
// of a theme's PDUs by name in a subquery made Neo4j account gigabytes to its Top operator at 100,000.)
WITH *, reduce(acc = [], x IN inspections | CASE WHEN size(acc) >= $sample OR x.p IN acc THEN acc ELSE acc + [x.p] END) AS pduSample
CALL (hits) {
  UNWIND hits AS perInspection
  UNWIND perInspection AS h
  WITH h.rule AS rule, count(*) AS n, collect(h.matched) AS matched
  CALL (matched) {
    UNWIND matched AS words
    UNWIND words AS w
    RETURN collect(DISTINCT w) AS words
  }
  RETURN collect({rule: rule, count: n, matched: words}) AS rules
}
WITH t, pduCount, inspectionCount, recommendationCount, curatedCount, fieldworkCount, mentionCount, rules, pduSample,
     [x IN inspections[..$sample] | {i: x.i, bases: x.bases, pdu: x.p.name}] AS inspectionSample`;

const RETURN_FULL = `
RETURN t {.*} AS theme, pduCount, inspectionCount, recommendationCount, curatedCount, fieldworkCount, mentionCount, rules,
       [p IN pduSample | properties(p)] AS pdus,
       [x IN inspectionSample | {inspection: properties(x.i), bases: x.bases, pdu: x.pdu}] AS inspections
ORDER BY pduCount DESC, recommendationCount DESC, theme.name`;

/**
 * The sample's recommendations, in a second statement: a sort inside a subquery of the first one
 * would be accounted the size of every list the row carries (gigabytes at 100,000 inspections).
 */
const SAMPLE_RECOMMENDATIONS = `UNWIND $pairs AS pair
MATCH (:Inspection {id: pair.inspection})-[:RECOMMENDS]->(r)-[:ABOUT]->(:Theme {id: pair.theme})
RETURN pair.theme AS theme, pair.k AS k, collect(DISTINCT r {.*}) AS recommendations`;

/** The grouping statement: from the policy's UNDER relationships when there is one, else over every inspection. */
export function recurringStatement(args: RecurringArgs): Statement {
  return { cypher: `${args.policy !== null ? UNDER_POLICY : ALL_INSPECTIONS}${GROUP}${RETURN_FULL}`, params: { ...args, sample: RECURRING_SAMPLE } };
}

/** The recommendations of each theme's sampled inspections (`k` is the inspection's place in the sample). */
export function sampleRecommendationsStatement(pairs: { theme: string; inspection: string; k: number }[]): Statement {
  return { cypher: SAMPLE_RECOMMENDATIONS, params: { pairs } };
}

/**
 * The same grouping returning only what `theme { name } pduCount pdus { name } explanation` needs
 * (the benchmark's hand-written statement, bench/suite.ts).
 */
export const RECURRING_NAMES_CYPHER = `${UNDER_POLICY}${GROUP}
RETURN t {.name} AS theme, pduCount, inspectionCount, recommendationCount, curatedCount, fieldworkCount, mentionCount, rules,
       [p IN pduSample | {name: p.name}] AS pdus,
       [x IN inspectionSample | {inspection: {id: x.i.id, fieldworkFrom: x.i.fieldworkFrom}, bases: x.bases, pdu: x.pdu}] AS inspections
ORDER BY pduCount DESC, recommendationCount DESC, theme.name`;

/** What the explanation is written from: the counts, and the samples (PDUs by their newest inspection, inspections newest first). */
export interface ExplainInput {
  theme: Pick<ThemeRecord, 'name'>;
  pduCount: number;
  inspectionCount: number;
  recommendationCount: number;
  curatedCount: number;
  fieldworkCount: number;
  mentionCount: number;
  rules: { rule: string | null; count: number; matched: string[] }[];
  pdus: Pick<PduRecord, 'name'>[];
  inspections: { inspection: Pick<InspectionRecord, 'id' | 'fieldworkFrom'>; bases: PressureBasis[]; pdu: string }[];
}

interface Row extends ExplainInput {
  theme: ThemeRecord;
  pdus: PduRecord[];
  inspections: { inspection: InspectionRecord; bases: PressureBasis[]; pdu: string }[];
  recommendations: RecommendationRecord[];
}

const BASIS_WORDS: Record<PressureBasis, string> = {
  FIELDWORK_OVERLAP: 'fieldwork while it was in force',
  DOCUMENT_MENTION: 'named in a document about the inspection',
};

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

/** Oldest fieldwork first; an inspection whose fieldwork no document states sorts first. */
function byFieldwork(a: Pick<InspectionRecord, 'id' | 'fieldworkFrom'>, b: Pick<InspectionRecord, 'id' | 'fieldworkFrom'>): number {
  return (a.fieldworkFrom ?? '').localeCompare(b.fieldworkFrom ?? '') || a.id.localeCompare(b.id);
}

/**
 * Why the group exists, in words. Small groups are spelt out in full (every PDU, every inspection
 * with its basis); large ones give the counts and a few examples ("e.g. ... and 2,310 more").
 */
export function explain(row: ExplainInput, policy: string | null): string {
  const names = row.pdus.map((p) => p.name).slice(0, EXPLANATION_EXAMPLES);
  const pduList = row.pduCount <= names.length ? names.join('; ') : `e.g. ${names.join('; ')}; and ${n(row.pduCount - names.length)} more`;
  const parts = [`${plural(row.recommendationCount, 'recommendation')} to ${plural(row.pduCount, 'PDU')} (${pduList}) share the theme "${row.theme.name}".`];
  if (policy) {
    const describe = (x: ExplainInput['inspections'][number]) =>
      `${x.pdu} ${x.inspection.fieldworkFrom ?? '(fieldwork not stated)'}: ${[...x.bases].sort().map((b) => BASIS_WORDS[b]).join(' and ')}`;
    if (row.inspectionCount <= EXPLANATION_EXAMPLES && row.inspections.length === row.inspectionCount) {
      const each = [...row.inspections].sort((a, b) => byFieldwork(a.inspection, b.inspection)).map(describe);
      parts.push(`Every one of these inspections was under ${policy} (${each.join('; ')}).`);
    } else {
      const newest = row.inspections.slice(0, EXPLANATION_EXAMPLES).map(describe);
      parts.push(
        `Every one of these ${n(row.inspectionCount)} inspections was under ${policy}: ${n(row.fieldworkCount)} by ${BASIS_WORDS.FIELDWORK_OVERLAP}, ` +
          `${n(row.mentionCount)} ${BASIS_WORDS.DOCUMENT_MENTION} (the newest: ${newest.join('; ')}).`,
      );
    }
  }
  const how: string[] = [];
  if (row.curatedCount) how.push(`to ${n(row.curatedCount)} by curation`);
  const rules = row.rules.filter((r) => r.rule).sort((a, b) => b.count - a.count || a.rule!.localeCompare(b.rule!));
  for (const r of rules) how.push(`to ${n(r.count)} by the rule "${r.rule}" (matched: ${[...r.matched].sort().join(', ')})`);
  if (how.length) parts.push(`The theme was assigned ${how.join('; ')}.`);
  return parts.join(' ');
}

export async function recurringRecommendations(tx: Tx, args: RecurringArgs): Promise<RecurringThemeRecord[]> {
  const grouping = recurringStatement(args);
  const result = await tx.run(grouping.cypher, grouping.params);
  const rows = result.records.map((rec) => rec.toObject() as unknown as Row);
  // The recommendations of each theme's listed inspections: newest inspection first, then report order.
  const pairs = rows.flatMap((row) => row.inspections.map((x, k) => ({ theme: row.theme.id, inspection: x.inspection.id, k })));
  const sample = sampleRecommendationsStatement(pairs);
  const recs = pairs.length ? (await tx.run(sample.cypher, sample.params)).records : [];
  const byTheme = new Map<string, { k: number; r: RecommendationRecord }[]>();
  for (const rec of recs) {
    const list = byTheme.get(rec.get('theme') as string) ?? [];
    for (const r of rec.get('recommendations') as RecommendationRecord[]) list.push({ k: rec.get('k') as number, r });
    byTheme.set(rec.get('theme') as string, list);
  }
  for (const row of rows) {
    row.recommendations = (byTheme.get(row.theme.id) ?? [])
      .sort((a, b) => a.k - b.k || a.r.position - b.r.position || a.r.id.localeCompare(b.r.id))
      .slice(0, RECURRING_SAMPLE)
      .map((x) => x.r);
  }
  return rows.map((row) => {
    return {
      theme: row.theme,
      pduCount: row.pduCount,
      inspectionCount: row.inspectionCount,
      recommendationCount: row.recommendationCount,
      pdus: row.pdus,
      inspections: row.inspections.map((x) => x.inspection),
      pressures: args.policy ? row.inspections.map((x) => ({ inspection: x.inspection, bases: [...x.bases].sort() })) : [],
      recommendations: row.recommendations,
      explanation: explain(row, args.policy),
    };
  });
}

/** The record cut to `limit` PDUs, inspections (and pressures) and recommendations; the counts stay whole. */
export function limitRecurring(record: RecurringThemeRecord, limit: number): RecurringThemeRecord {
  return {
    ...record,
    pdus: record.pdus.slice(0, limit),
    inspections: record.inspections.slice(0, limit),
    pressures: record.pressures.slice(0, limit),
    recommendations: record.recommendations.slice(0, limit),
  };
}
