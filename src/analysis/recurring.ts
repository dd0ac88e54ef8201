/**
 * Recurrence: themes shared by the recommendations (or the concerns, or the strengths) of several
 * PDUs, optionally only among inspections under one policy, in one region, of one rating or in one
 * period. One Cypher statement groups them; the explanation is written here, from what the
 * statement returns, so an analyst can see exactly why each group exists; a second statement gives
 * the coverage (coverage.ts): what was considered and what was left out, and why.
 *
 * Which inspections count is scope.ts's one definition: a pressure counts when it is CERTAIN (the
 * whole fieldwork window inside the policy's in-force period); an inspection only POSSIBLY under the
 * policy, or with no window at all, is left out and listed in the coverage (unless includePossible).
 *
 * The answer stays bounded however large the graph: per theme the statement returns counts (PDUs,
 * inspections, items, how the theme was assigned) computed by aggregation, and only a sample of the
 * nodes behind them (`RECURRING_SAMPLE` inspections newest first, their PDUs and their items), which
 * the API cuts to the `limit` a client asks for. With a policy the statement starts from the policy
 * (index on Policy.code) and walks its UNDER relationships.
 */
import type { Tx } from '../db/database.ts';
import type { PressureBasis } from '../model/enums.ts';
import type { InspectionRecord, PduRecord, RecommendationRecord, ThemeRecord } from '../model/records.ts';
import { inspectionDate } from './chronology.ts';
import { coverageIn, regionName, scopeWords, type CoverageRecord, type ScopeWords } from './coverage.ts';
import type { RecurrenceRecord, RecurringThemeRecord } from './records.ts';
import { ITEM_PATTERN, scopeParams, scopeVariables, statusExpression, type ScopeArgs } from './scope.ts';
import type { Statement } from './statement.ts';

export type RecurrenceContent = 'RECOMMENDATION' | 'CONCERN' | 'STRENGTH';

export interface RecurringArgs extends ScopeArgs {
  minPdus: number;
}

/** How many PDUs, inspections and items the statement returns per theme (the API's largest `limit`). */
export const RECURRING_SAMPLE = 100;
/** How many PDUs and inspections the explanation names before it says "and N more". */
export const EXPLANATION_EXAMPLES = 5;

/** The inspections to look at: the policy's (through UNDER) when there is one, else every inspection. */
const UNDER_POLICY = `MATCH (:Policy {code: $policy})<-[:UNDER]-(i:Inspection)
WITH DISTINCT i`;
const ALL_INSPECTIONS = 'MATCH (i:Inspection)';

function group(content: RecurrenceContent): string {
  return `
// OF leads only to a PDU, and ABOUT from an item only to a Theme: no label checks.
MATCH (i)-[:OF]->(p)
${scopeVariables()}
WITH i, p, certainty, ${statusExpression(content)} AS status
WHERE status = 'CONSIDERED'
WITH i, p, certainty, COLLECT { MATCH (i)-[u:UNDER]->(:Policy {code: $policy}) RETURN DISTINCT u.basis } AS bases, ${inspectionDate('i')} AS fw
// Per inspection, its themes: small aggregations (an item may carry a theme by curation and by rule).
CALL (i) {
  MATCH ${ITEM_PATTERN[content]}-[a:ABOUT]->(t)
  WITH t, count(DISTINCT r) AS recs, count(DISTINCT CASE WHEN a.basis = 'CURATED' THEN r END) AS curated,
       collect(CASE WHEN a.basis = 'RULE' THEN {rule: a.rule, matched: a.matched} END) AS hits
  RETURN t, recs, curated, hits
}
WITH t, i, bases, certainty, fw, i.id AS iid, p, recs, curated, hits
ORDER BY fw IS NULL, fw DESC, iid
// One row per theme: the counts, the inspections newest first, the PDUs.
WITH t,
     count(DISTINCT p) AS pduCount,
     count(i) AS inspectionCount,
     sum(recs) AS itemCount,
     sum(curated) AS curatedCount,
     sum(CASE WHEN 'FIELDWORK_OVERLAP' IN bases THEN 1 ELSE 0 END) AS fieldworkCount,
     sum(CASE WHEN 'DOCUMENT_MENTION' IN bases THEN 1 ELSE 0 END) AS mentionCount,
     sum(CASE WHEN certainty = 'POSSIBLE' THEN 1 ELSE 0 END) AS possibleCount,
     collect({i: i, bases: bases, certainty: certainty, p: p}) AS inspections,
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
WITH t, pduCount, inspectionCount, itemCount, curatedCount, fieldworkCount, mentionCount, possibleCount, rules, pduSample,
     [x IN inspections[..$sample] | {i: x.i, bases: x.bases, certainty: x.certainty, pdu: x.p.name}] AS inspectionSample`;
}

const RETURN_FULL = `
RETURN t {.*} AS theme, pduCount, inspectionCount, itemCount, curatedCount, fieldworkCount, mentionCount, possibleCount, rules,
       [p IN pduSample | properties(p)] AS pdus,
       [x IN inspectionSample | {inspection: properties(x.i), bases: x.bases, certainty: x.certainty, pdu: x.pdu}] AS inspections
ORDER BY pduCount DESC, itemCount DESC, theme.name`;

/**
 * The sample's items, in a second statement: a sort inside a subquery of the first one would be
 * accounted the size of every list the row carries (gigabytes at 100,000 inspections).
 */
function sampleItemsCypher(content: RecurrenceContent): string {
  return `UNWIND $pairs AS pair
MATCH (i:Inspection {id: pair.inspection})
MATCH ${ITEM_PATTERN[content]}-[:ABOUT]->(:Theme {id: pair.theme})
RETURN pair.theme AS theme, pair.k AS k, collect(DISTINCT r {.*}) AS items`;
}

/** The grouping statement for recommendations (or concerns, or strengths) within the scope. */
export function recurringStatement(args: RecurringArgs, content: RecurrenceContent = 'RECOMMENDATION'): Statement {
  return {
    cypher: `${args.policy !== null ? UNDER_POLICY : ALL_INSPECTIONS}${group(content)}${RETURN_FULL}`,
    params: { ...scopeParams(args), minPdus: args.minPdus, sample: RECURRING_SAMPLE },
  };
}

/** The items of each theme's sampled inspections (`k` is the inspection's place in the sample). */
export function sampleItemsStatement(pairs: { theme: string; inspection: string; k: number }[], content: RecurrenceContent = 'RECOMMENDATION'): Statement {
  return { cypher: sampleItemsCypher(content), params: { pairs } };
}

/**
 * The same grouping under a policy, returning only what `theme { name } pduCount pdus { name }
 * explanation` needs (the benchmark's hand-written statement, bench/suite.ts).
 */
export const RECURRING_NAMES_CYPHER = `${UNDER_POLICY}${group('RECOMMENDATION')}
RETURN t {.name} AS theme, pduCount, inspectionCount, itemCount, curatedCount, fieldworkCount, mentionCount, possibleCount, rules,
       [p IN pduSample | {name: p.name}] AS pdus,
       [x IN inspectionSample | {inspection: {id: x.i.id, fieldworkFrom: x.i.fieldworkFrom, fieldworkWindowFrom: x.i.fieldworkWindowFrom, fieldworkWindowTo: x.i.fieldworkWindowTo, fieldworkBasis: x.i.fieldworkBasis}, bases: x.bases, certainty: x.certainty, pdu: x.pdu}] AS inspections
ORDER BY pduCount DESC, itemCount DESC, theme.name`;

type DatedInspection = Pick<InspectionRecord, 'id' | 'fieldworkFrom'> & { fieldworkWindowFrom?: string | null; fieldworkWindowTo?: string | null; fieldworkBasis?: string | null };

/** What the explanation is written from: the counts, and the samples (PDUs by their newest inspection, inspections newest first). */
export interface ExplainInput {
  theme: Pick<ThemeRecord, 'name'>;
  pduCount: number;
  inspectionCount: number;
  itemCount: number;
  curatedCount: number;
  fieldworkCount: number;
  mentionCount: number;
  possibleCount?: number;
  rules: { rule: string | null; count: number; matched: string[] }[];
  pdus: Pick<PduRecord, 'name'>[];
  inspections: { inspection: DatedInspection; bases: PressureBasis[]; certainty?: string | null; pdu: string }[];
}

interface Row extends ExplainInput {
  theme: ThemeRecord;
  pdus: PduRecord[];
  inspections: { inspection: InspectionRecord; bases: PressureBasis[]; certainty: string | null; pdu: string }[];
  items: RecommendationRecord[];
}

const BASIS_WORDS: Record<PressureBasis, string> = {
  FIELDWORK_OVERLAP: 'fieldwork while it was in force',
  DOCUMENT_MENTION: 'named in a document about the inspection',
};

/** How a group's items are counted and who they are of: "3 recommendations to 2 PDUs". */
const ITEMS: Record<RecurrenceContent, { one: string; many: string; to: string }> = {
  RECOMMENDATION: { one: 'recommendation', many: 'recommendations', to: 'to' },
  CONCERN: { one: 'concern', many: 'concerns', to: 'raised about' },
  STRENGTH: { one: 'strength', many: 'strengths', to: 'found at' },
};

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

/** When the fieldwork was, in words: the stated month, a derived window, or not known. */
export function fieldworkWords(i: DatedInspection): string {
  if (i.fieldworkFrom) return i.fieldworkFrom;
  if (i.fieldworkWindowFrom) return `${i.fieldworkWindowFrom} to ${i.fieldworkWindowTo ?? i.fieldworkWindowFrom} (derived window)`;
  return '(fieldwork not stated)';
}

/** Oldest fieldwork first; an inspection whose fieldwork no document states sorts first. */
function byFieldwork(a: DatedInspection, b: DatedInspection): number {
  const d = (x: DatedInspection) => x.fieldworkFrom ?? x.fieldworkWindowFrom ?? '';
  return d(a).localeCompare(d(b)) || a.id.localeCompare(b.id);
}

/** The policy sentence: every inspection's basis (small groups), or counts and the newest (large ones). */
function policySentence(row: ExplainInput, policy: string): string {
  const describe = (x: ExplainInput['inspections'][number]) =>
    `${x.pdu} ${fieldworkWords(x.inspection)}: ${[...x.bases].sort().map((b) => BASIS_WORDS[b]).join(' and ')}${x.certainty === 'POSSIBLE' ? ' (possibly: the window lies only partly inside its in-force period)' : ''}`;
  const possible = row.possibleCount ? `, ${n(row.possibleCount)} of them only possibly (includePossible)` : '';
  if (row.inspectionCount <= EXPLANATION_EXAMPLES && row.inspections.length === row.inspectionCount) {
    const each = [...row.inspections].sort((a, b) => byFieldwork(a.inspection, b.inspection)).map(describe);
    return `Every one of these inspections was under ${policy}${possible} (${each.join('; ')}).`;
  }
  const newest = row.inspections.slice(0, EXPLANATION_EXAMPLES).map(describe);
  return `Every one of these ${n(row.inspectionCount)} inspections was under ${policy}${possible}: ${n(row.fieldworkCount)} by ${BASIS_WORDS.FIELDWORK_OVERLAP}, ` +
    `${n(row.mentionCount)} ${BASIS_WORDS.DOCUMENT_MENTION} (the newest: ${newest.join('; ')}).`;
}

/**
 * Why the group exists, in words. Small groups are spelt out in full (every PDU, every inspection
 * with its basis); large ones give the counts and a few examples ("e.g. ... and 2,310 more").
 */
export function explain(row: ExplainInput, policy: string | null, content: RecurrenceContent = 'RECOMMENDATION'): string {
  const names = row.pdus.map((p) => p.name).slice(0, EXPLANATION_EXAMPLES);
  const pduList = row.pduCount <= names.length ? names.join('; ') : `e.g. ${names.join('; ')}; and ${n(row.pduCount - names.length)} more`;
  const w = ITEMS[content];
  const parts = [`${plural(row.itemCount, w.one, w.many)} ${w.to} ${plural(row.pduCount, 'PDU')} (${pduList}) share the theme "${row.theme.name}".`];
  if (policy) parts.push(policySentence(row, policy));
  const how: string[] = [];
  if (row.curatedCount) how.push(`to ${n(row.curatedCount)} by curation`);
  const rules = row.rules.filter((r) => r.rule).sort((a, b) => b.count - a.count || a.rule!.localeCompare(b.rule!));
  for (const r of rules) how.push(`to ${n(r.count)} by the rule "${r.rule}" (matched: ${[...r.matched].sort().join(', ')})`);
  if (how.length) parts.push(`The theme was assigned ${how.join('; ')}.`);
  return parts.join(' ');
}

/** The scope in a phrase: "under SDS40, in Yorkshire and the Humber, rated INADEQUATE". */
export function scopePhrase(w: ScopeWords, includePossible: boolean): string {
  const parts = [
    w.policy ? `under ${w.policy} (${includePossible ? 'certain and possible pressures' : 'certain pressures only'})` : null,
    w.region ? `in ${w.region}` : null,
    w.rating ? `rated ${w.rating}` : null,
    w.period ? `with ${w.period}${includePossible ? '' : ' (certainly)'}` : null,
  ].filter((x): x is string => x !== null);
  return parts.length ? parts.join(', ') : 'across every inspection';
}

/** The whole answer in words: what recurs, and the coverage. */
export function explainRecurrence(themes: readonly RecurringThemeRecord[], coverage: CoverageRecord, args: RecurringArgs, w: ScopeWords, content: RecurrenceContent): string {
  const what = ITEMS[content].many;
  const head = themes.length
    ? `${plural(themes.length, 'theme')} recur in the ${what} of at least ${plural(args.minPdus, 'PDU')} ${scopePhrase(w, args.includePossible)}: ${themes.slice(0, EXPLANATION_EXAMPLES).map((t) => `${t.theme.name} (${plural(t.pduCount, 'PDU')})`).join('; ')}${themes.length > EXPLANATION_EXAMPLES ? `; and ${n(themes.length - EXPLANATION_EXAMPLES)} more` : ''}.`
    : `No theme recurs in the ${what} of at least ${plural(args.minPdus, 'PDU')} ${scopePhrase(w, args.includePossible)}.`;
  return `${head} ${coverage.summary}`;
}

/** The groups: the grouping statement, then the sample's items newest inspection first, in report order. */
async function groups(tx: Tx, args: RecurringArgs, content: RecurrenceContent): Promise<Row[]> {
  const grouping = recurringStatement(args, content);
  const rows = (await tx.run(grouping.cypher, grouping.params)).records.map((rec) => rec.toObject() as unknown as Row);
  const pairs = rows.flatMap((row) => row.inspections.map((x, k) => ({ theme: row.theme.id, inspection: x.inspection.id, k })));
  const sample = sampleItemsStatement(pairs, content);
  const recs = pairs.length ? (await tx.run(sample.cypher, sample.params)).records : [];
  const byTheme = new Map<string, { k: number; r: RecommendationRecord }[]>();
  for (const rec of recs) {
    const list = byTheme.get(rec.get('theme') as string) ?? [];
    for (const r of rec.get('items') as RecommendationRecord[]) list.push({ k: rec.get('k') as number, r });
    byTheme.set(rec.get('theme') as string, list);
  }
  for (const row of rows) {
    row.items = (byTheme.get(row.theme.id) ?? [])
      .sort((a, b) => a.k - b.k || a.r.position - b.r.position || a.r.id.localeCompare(b.r.id))
      .slice(0, RECURRING_SAMPLE)
      .map((x) => x.r);
  }
  return rows;
}

/** Recurrence of recommendations, concerns or strengths within a scope: the groups, the coverage, the explanation. */
export async function recurrence(tx: Tx, args: RecurringArgs, content: RecurrenceContent): Promise<RecurrenceRecord> {
  const rows = await groups(tx, args, content);
  const words = scopeWords(args, await regionName(tx, args.region));
  const coverage = await coverageIn(tx, args, content, words);
  const themes = rows.map((row): RecurringThemeRecord => ({
    theme: row.theme,
    pduCount: row.pduCount,
    inspectionCount: row.inspectionCount,
    itemCount: row.itemCount,
    pdus: row.pdus,
    inspections: row.inspections.map((x) => x.inspection),
    pressures: args.policy ? row.inspections.map((x) => ({ inspection: x.inspection, bases: [...x.bases].sort(), certainty: x.certainty ?? 'CERTAIN' })) : [],
    items: row.items,
    explanation: explain(row, args.policy, content),
  }));
  return { themes, coverage, explanation: explainRecurrence(themes, coverage, args, words, content) };
}

/** The record cut to `limit` PDUs, inspections (and pressures) and items; the counts stay whole. */
export function limitRecurring(record: RecurringThemeRecord, limit: number): RecurringThemeRecord {
  return {
    ...record,
    pdus: record.pdus.slice(0, limit),
    inspections: record.inspections.slice(0, limit),
    pressures: record.pressures.slice(0, limit),
    items: record.items.slice(0, limit),
  };
}
