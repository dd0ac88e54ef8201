/**
 * Policy periods with the inspections whose fieldwork fell in them, and the policy × theme matrix.
 * The matrix counts every recommendation of a cell but returns at most `$sample`
 * (THEME_MATRIX_SAMPLE) of them per cell, so the answer stays small however large the graph.
 */

import type { Statement } from './statement.ts';

export const THEME_MATRIX_SAMPLE = 100;

const POLICY_TIMELINE_CYPHER = `MATCH (p:Policy)
OPTIONAL MATCH (p)<-[:UNDER {basis: 'FIELDWORK_OVERLAP'}]-(i:Inspection)
WITH p, i ORDER BY i.fieldworkFrom, i.id
RETURN p {.*} AS policy, p.inForceFrom AS from, p.inForceUntil AS until, collect(i {.*}) AS inspections
ORDER BY coalesce(from, '9999'), policy.code`;

const THEME_MATRIX_CYPHER = `CALL () {
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
  MATCH (pol:Policy)<-[:UNDER]-(i:Inspection)-[:RECOMMENDS]->(r:Recommendation)-[:ABOUT]->(t:Theme)
  WHERE ($policies IS NULL OR pol.code IN $policies) AND ($themes IS NULL OR t.key IN $themes OR t.id IN $themes)
  MATCH (i)-[:OF]->(p:PDU)
  WITH pol, t, count(DISTINCT r) AS count, count(DISTINCT p) AS pduCount, collect(DISTINCT r)[..$sample] AS sample
  ORDER BY pol.code, t.key
  RETURN collect({policy: pol.code, theme: t.key, count: count, pduCount: pduCount, recommendations: [r IN sample | properties(r)]}) AS cells
}
RETURN policies, themes, cells`;

/** Every policy's in-force period with the inspections whose fieldwork overlapped it, oldest fieldwork first. */
export function policyTimelineStatement(): Statement {
  return { cypher: POLICY_TIMELINE_CYPHER, params: {} };
}

/** The matrix over these policy codes (upper case) and theme keys or ids; null for all of them. */
export function themeMatrixStatement(args: { policies: string[] | null; themes: string[] | null }): Statement {
  return { cypher: THEME_MATRIX_CYPHER, params: { policies: args.policies, themes: args.themes, sample: THEME_MATRIX_SAMPLE } };
}
