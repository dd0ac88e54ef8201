/**
 * What an analysis covered: how many inspections, PDUs and recommendations or findings it
 * considered, and every inspection it left out, grouped by reason (scope.ts), with the reason in
 * words. An empty answer with a full coverage and an empty answer because nothing could be decided
 * then read differently. One statement, over every inspection in the graph, so that considered plus
 * excluded is always the whole graph.
 *
 * Lists of ids hold at most COVERAGE_IDS (the counts are whole).
 */
import { ITEM_PATTERN, exclusionKind, scopeParams, scopeVariables, statusExpression, type Content, type ExclusionKind, type ExclusionReason, type ScopeArgs } from './scope.ts';
import type { Tx } from '../db/database.ts';
import type { Statement } from './statement.ts';

export const COVERAGE_IDS = 100;

export interface ExclusionRecord {
  reason: ExclusionReason;
  kind: ExclusionKind;
  count: number;
  pdus: number;
  ids: string[];
  explanation: string;
}

export interface CoverageRecord {
  /** Every inspection in the graph. */
  total: number;
  considered: { inspections: number; pdus: number; recommendations: number; findings: number; withoutTheme: number; inspectionIds: string[] };
  excluded: ExclusionRecord[];
  summary: string;
}

/** Per status: how many inspections, their PDUs, the first ids, and (when considered) their items. */
export function coverageStatement(scope: ScopeArgs, content: Content): Statement {
  const items = content === 'NONE' ? '0' : `COUNT { MATCH ${ITEM_PATTERN[content]} RETURN DISTINCT r }`;
  const unthemed = content === 'NONE' ? '0' : `COUNT { MATCH ${ITEM_PATTERN[content]} WHERE NOT EXISTS { (r)-[:ABOUT]->(:Theme) } RETURN DISTINCT r }`;
  return {
    cypher: `MATCH (i:Inspection)-[:OF]->(p:PDU)
${scopeVariables()}
WITH i, p, ${statusExpression(content)} AS status
ORDER BY i.id
WITH status, count(i) AS inspections, count(DISTINCT p) AS pdus, collect(i.id)[..$ids] AS ids,
     sum(CASE WHEN status = 'CONSIDERED' THEN ${items} ELSE 0 END) AS items,
     sum(CASE WHEN status = 'CONSIDERED' THEN ${unthemed} ELSE 0 END) AS unthemed
RETURN status, inspections, pdus, ids, items, unthemed ORDER BY status`,
    params: { ...scopeParams(scope), ids: COVERAGE_IDS },
  };
}

export interface CoverageRow { status: string; inspections: number; pdus: number; ids: string[]; items: number; unthemed: number }

/**
 * The coverage of each of several policies (no other scope), in one statement: one row per policy
 * and status, as coverageStatement gives for one (themeMatrix and policyTimeline, a row each).
 */
export function policiesCoverageStatement(codes: readonly string[], includePossible: boolean): Statement {
  return {
    cypher: `UNWIND $codes AS code
MATCH (i:Inspection)-[:OF]->(p:PDU)
${scopeVariables('code', 'code')}
WITH code, i, p, ${statusExpression('NONE', 'code')} AS status
ORDER BY i.id
WITH code, status, count(i) AS inspections, count(DISTINCT p) AS pdus, collect(i.id)[..$ids] AS ids
RETURN code, status, inspections, pdus, ids, 0 AS items, 0 AS unthemed ORDER BY code, status`,
    params: { codes: [...codes], region: null, rating: null, from: null, to: null, includePossible, ids: COVERAGE_IDS },
  };
}

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

/** The scope in words, for the explanations: "under SDS40", "in region:london". */
export interface ScopeWords {
  policy?: string | null;
  region?: string | null;
  rating?: string | null;
  period?: string | null;
}

export function scopeWords(scope: ScopeArgs, regionName?: string | null): ScopeWords {
  const period = scope.from || scope.to ? `fieldwork beginning ${scope.from ? `from ${scope.from}` : ''}${scope.from && scope.to ? ' ' : ''}${scope.to ? `to ${scope.to}` : ''}` : null;
  return { policy: scope.policy, region: scope.region ? (regionName ?? scope.region) : null, rating: scope.rating, period };
}

/** Why each reason leaves an inspection out, in words. */
export function reasonWords(reason: ExclusionReason, w: ScopeWords): string {
  const policy = w.policy ?? 'the policy';
  switch (reason) {
    case 'OTHER_REGION': return `of PDUs in other regions than ${w.region}`;
    case 'OTHER_RATING': return `rated other than ${w.rating}`;
    case 'NOT_UNDER_POLICY': return `not under ${policy}: their fieldwork window lies wholly outside its in-force period (or it is background, never a pressure)`;
    case 'OUTSIDE_PERIOD': return `whose fieldwork cannot have begun in the period asked (${w.period})`;
    case 'NO_REGION': return `of PDUs with no region in the graph: they may be in ${w.region}`;
    case 'NO_FIELDWORK_WINDOW': return 'with no fieldwork window (no document states the fieldwork, the publication or its own date), so whether the policy or period applies cannot be told';
    case 'POSSIBLY_UNDER_POLICY': return `only possibly under ${policy}: their fieldwork window (derived, or a month straddling the start) lies only partly inside its in-force period (includePossible: true counts them)`;
    case 'POSSIBLY_IN_PERIOD': return `whose derived fieldwork window may have begun inside the period asked or outside it (includePossible: true counts them)`;
    case 'NO_RECOMMENDATION_TEXT': return 'in scope but with no recommendation text in the graph (the documents quote none)';
    case 'NO_CONCERNS': return 'in scope but with no concern in the graph (the documents report none)';
    case 'NO_STRENGTHS': return 'in scope but with no strength in the graph (the documents report none)';
    case 'NO_FINDINGS': return 'in scope but with no finding in the graph (the documents report none)';
    case 'NO_DATE': return 'with no date at all (no fieldwork, report or publication date), so they cannot be placed in the sequence';
  }
}

const ORDER: Record<ExclusionKind, number> = { UNDECIDED: 0, EMPTY: 1, OUTSIDE: 2 };

/** The rows of coverageStatement as a coverage, with its summary in words. */
export function coverageOf(rows: readonly CoverageRow[], content: Content, words: ScopeWords): CoverageRecord {
  const considered = rows.find((r) => r.status === 'CONSIDERED');
  const excluded: ExclusionRecord[] = rows
    .filter((r) => r.status !== 'CONSIDERED')
    .map((r) => {
      const reason = r.status as ExclusionReason;
      return { reason, kind: exclusionKind(reason), count: r.inspections, pdus: r.pdus, ids: r.ids, explanation: `${plural(r.inspections, 'inspection')} ${reasonWords(reason, words)}` };
    })
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || b.count - a.count || a.reason.localeCompare(b.reason));
  const items = considered?.items ?? 0;
  const record = {
    total: rows.reduce((s, r) => s + r.inspections, 0),
    considered: {
      inspections: considered?.inspections ?? 0, pdus: considered?.pdus ?? 0,
      recommendations: content === 'RECOMMENDATION' ? items : 0,
      findings: content === 'CONCERN' || content === 'STRENGTH' || content === 'FINDING' ? items : 0,
      withoutTheme: considered?.unthemed ?? 0, inspectionIds: considered?.ids ?? [],
    },
    excluded,
    summary: '',
  };
  record.summary = coverageSummary(record, content);
  return record;
}

const ITEM_WORDS: Record<Content, string> = { RECOMMENDATION: 'recommendation', CONCERN: 'concern', STRENGTH: 'strength', FINDING: 'finding', NONE: '' };

/** "Considered 2 of 63 inspections (2 PDUs, 8 recommendations, 1 without a theme). Left out: ..." */
export function coverageSummary(c: Omit<CoverageRecord, 'summary'>, content: Content): string {
  const what = content === 'NONE' ? '' : `, ${plural(content === 'RECOMMENDATION' ? c.considered.recommendations : c.considered.findings, ITEM_WORDS[content])}${c.considered.withoutTheme ? ` (${n(c.considered.withoutTheme)} without a theme, so in no group)` : ''}`;
  const head = `Considered ${n(c.considered.inspections)} of ${plural(c.total, 'inspection')} in the graph (${plural(c.considered.pdus, 'PDU')}${what}).`;
  if (c.excluded.length === 0) return `${head} None left out.`;
  const left = c.excluded.map((e) => `${e.explanation}${e.ids.length && e.kind !== 'OUTSIDE' ? ` (${e.ids.slice(0, 5).join(', ')}${e.count > 5 ? ', ...' : ''})` : ''}`);
  return `${head} Left out: ${left.join('; ')}.`;
}

/** The name of a region, for the explanations (its id when unknown). */
export async function regionName(tx: Tx, region: string | null): Promise<string | null> {
  if (!region) return null;
  const r = await tx.run('MATCH (r:Region {id: $region}) RETURN r.name AS name', { region });
  return (r.records[0]?.get('name') as string | undefined) ?? region;
}

/** The coverage of a scope (coverage.ts), run in the analysis's transaction. */
export async function coverageIn(tx: Tx, args: ScopeArgs, content: Content, words: ScopeWords): Promise<CoverageRecord> {
  const s = coverageStatement(args, content);
  const rows = (await tx.run(s.cypher, s.params)).records.map((r) => r.toObject() as unknown as CoverageRow);
  return coverageOf(rows, content, words);
}
