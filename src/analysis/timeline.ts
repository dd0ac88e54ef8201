/**
 * Policy periods with the inspections whose fieldwork fell in them, and the policy × theme matrix.
 * Both count a pressure when it is CERTAIN (scope.ts): the periods list the inspections only
 * possibly in them apart (`possible`), the matrix counts them only with `includePossible`; each
 * policy's coverage says what was left out and why. The matrix keeps recommendations, concerns and
 * strengths apart, counts every item of a cell but returns at most `$sample` (THEME_MATRIX_SAMPLE)
 * of each per cell, so the answer stays small however large the graph.
 */
import type { Tx } from '../db/database.ts';
import type { PolicyRecord } from '../model/records.ts';
import { windowFrom } from './chronology.ts';
import { coverageOf, policiesCoverageStatement, scopeWords, type CoverageRow } from './coverage.ts';
import type { PolicyCoverageRecord, PolicyPeriodRecord, ThemeMatrixRecord } from './records.ts';
import { NO_SCOPE } from './scope.ts';
import type { Statement } from './statement.ts';

export const THEME_MATRIX_SAMPLE = 100;

const POLICY_TIMELINE_CYPHER = `MATCH (p:Policy)
CALL (p) {
  OPTIONAL MATCH (p)<-[u:UNDER {basis: 'FIELDWORK_OVERLAP'}]-(i:Inspection)
  WITH u, i ORDER BY ${windowFrom('i')}, i.id
  RETURN collect(CASE WHEN coalesce(u.certainty, 'CERTAIN') = 'CERTAIN' THEN i {.*} END) AS inspections,
         collect(CASE WHEN u.certainty = 'POSSIBLE' THEN i {.*} END) AS possible
}
RETURN p {.*} AS policy, p.inForceFrom AS from, p.inForceUntil AS until, inspections, possible
ORDER BY coalesce(from, '9999'), policy.code`;

/** Per kind of item: its pattern from `i` (binding `r`) and the keys of its cell fields. */
const MATRIX_CYPHER = `CALL () {
  MATCH (pol:Policy) WHERE $policies IS NULL OR pol.code IN $policies
  WITH pol ORDER BY pol.code
  RETURN collect(pol {.*}) AS policies
}
CALL () {
  MATCH (t:Theme) WHERE $themes IS NULL OR t.key IN $themes OR t.id IN $themes
  WITH t ORDER BY t.name
  RETURN collect(t {.*}) AS themes
}
CALL () {
  MATCH (pol:Policy)<-[u:UNDER]-(i:Inspection)
  WHERE ($policies IS NULL OR pol.code IN $policies) AND ($includePossible OR coalesce(u.certainty, 'CERTAIN') = 'CERTAIN')
  WITH DISTINCT pol, i
  MATCH (i)-[:OF]->(p:PDU)
  MATCH (i)-[:RECOMMENDS|FOUND]->(r)-[:ABOUT]->(t:Theme)
  WHERE $themes IS NULL OR t.key IN $themes OR t.id IN $themes
  WITH pol, t, p, r, CASE WHEN r:Recommendation THEN 'R' WHEN r.polarity = 'CONCERN' THEN 'C' ELSE 'S' END AS kind
  WITH pol, t,
       count(DISTINCT CASE WHEN kind = 'R' THEN r END) AS count, count(DISTINCT CASE WHEN kind = 'R' THEN p END) AS pduCount,
       collect(DISTINCT CASE WHEN kind = 'R' THEN r END)[..$sample] AS recommendations,
       count(DISTINCT CASE WHEN kind = 'C' THEN r END) AS concernCount, count(DISTINCT CASE WHEN kind = 'C' THEN p END) AS concernPduCount,
       collect(DISTINCT CASE WHEN kind = 'C' THEN r END)[..$sample] AS concerns,
       count(DISTINCT CASE WHEN kind = 'S' THEN r END) AS strengthCount, count(DISTINCT CASE WHEN kind = 'S' THEN p END) AS strengthPduCount,
       collect(DISTINCT CASE WHEN kind = 'S' THEN r END)[..$sample] AS strengths
  ORDER BY pol.code, t.key
  RETURN collect({policy: pol.code, theme: t.key, count: count, pduCount: pduCount, recommendations: [x IN recommendations | properties(x)],
    concernCount: concernCount, concernPduCount: concernPduCount, concerns: [x IN concerns | properties(x)],
    strengthCount: strengthCount, strengthPduCount: strengthPduCount, strengths: [x IN strengths | properties(x)]}) AS cells
}
RETURN policies, themes, cells`;

/** Every policy's in-force period with the inspections whose fieldwork window lies in it (CERTAIN) or partly in it (`possible`). */
export function policyTimelineStatement(): Statement {
  return { cypher: POLICY_TIMELINE_CYPHER, params: {} };
}

/** The matrix over these policy codes (upper case) and theme keys or ids; null for all of them. */
export function themeMatrixStatement(args: { policies: string[] | null; themes: string[] | null; includePossible?: boolean }): Statement {
  return { cypher: MATRIX_CYPHER, params: { policies: args.policies, themes: args.themes, includePossible: args.includePossible ?? false, sample: THEME_MATRIX_SAMPLE } };
}

/** Each policy's coverage: which inspections count as under it, which are left out and why (one statement for all). */
export async function policyCoverage(tx: Tx, policies: readonly PolicyRecord[], includePossible: boolean): Promise<PolicyCoverageRecord[]> {
  if (policies.length === 0) return [];
  const s = policiesCoverageStatement(policies.map((p) => p.code), includePossible);
  const rows = (await tx.run(s.cypher, s.params)).records.map((r) => r.toObject() as unknown as CoverageRow & { code: string });
  return policies.map((policy) => {
    const scope = { ...NO_SCOPE, policy: policy.code, includePossible };
    return { policy, coverage: coverageOf(rows.filter((r) => r.code === policy.code), 'NONE', scopeWords(scope)) };
  });
}

export async function policyTimeline(tx: Tx): Promise<PolicyPeriodRecord[]> {
  const s = policyTimelineStatement();
  const periods = (await tx.run(s.cypher, s.params)).records.map((x) => x.toObject() as unknown as PolicyPeriodRecord);
  const coverage = await policyCoverage(tx, periods.map((p) => p.policy), false);
  return periods.map((p, i) => ({ ...p, coverage: coverage[i]!.coverage }));
}

export async function themeMatrix(tx: Tx, args: { policies: string[] | null; themes: string[] | null; includePossible: boolean }): Promise<ThemeMatrixRecord> {
  const s = themeMatrixStatement(args);
  const matrix = (await tx.run(s.cypher, s.params)).records[0]!.toObject() as unknown as ThemeMatrixRecord;
  return { ...matrix, coverage: await policyCoverage(tx, matrix.policies, args.includePossible) };
}
