/**
 * Which inspections an analysis considers, and why it leaves each of the others out: one definition
 * (a Cypher expression giving every inspection a status) for the analyses, their coverage and the
 * `inspections(filter:)` field, so a count never disagrees with its coverage.
 *
 * Vocabulary:
 *   scope     the analysis's arguments: a policy, a region, a rating, a period of fieldwork, and
 *             whether an inspection only possibly inside them counts (`includePossible`)
 *   content   what the analysis reads of each inspection: its recommendations, its concerns, its
 *             strengths, any finding, or nothing
 *   status    CONSIDERED, or the first reason that applies, in this order:
 *     OUTSIDE (the inspection does not match the question)
 *       OTHER_REGION         its PDU is in another region
 *       OTHER_RATING         another rating
 *       NOT_UNDER_POLICY     its fieldwork window lies wholly outside the policy's in-force period
 *                            (or the policy is background, never a pressure)
 *       OUTSIDE_PERIOD       its fieldwork cannot have begun between `from` and `to`
 *     UNDECIDED (it may match; the graph cannot tell, so it is left out and listed)
 *       NO_REGION            its PDU has no region in the graph
 *       NO_FIELDWORK_WINDOW  no fieldwork window (no document states the fieldwork, the publication
 *                            or its own date): whether a policy or a period applies cannot be told
 *       POSSIBLY_UNDER_POLICY the window lies only partly inside the in-force period (a derived
 *                            window, or a month that straddles the start day): UNDER {certainty: POSSIBLE}
 *       POSSIBLY_IN_PERIOD   fieldwork may have begun inside the period or outside it (a derived window)
 *     EMPTY (it matches, but holds nothing the analysis reads)
 *       NO_RECOMMENDATION_TEXT, NO_CONCERNS, NO_STRENGTHS, NO_FINDINGS
 *   With `includePossible`, the two POSSIBLY_ reasons do not apply: those inspections are considered.
 *
 * Months compare as text (`YYYY-MM`). The expressions read `i` (the inspection) and `p` (its PDU),
 * and bind `wf`, `lo`, `hi` and `certainty`; they are made of constants, every value a parameter
 * (`$policy`, `$region`, `$rating`, `$from`, `$to`, `$includePossible`).
 */
import type { Rating } from '../model/enums.ts';
import { fieldworkBeganFrom, fieldworkBeganTo, windowFrom } from './chronology.ts';

export interface ScopeArgs {
  /** A policy code, upper case. */
  policy: string | null;
  /** A region id. */
  region: string | null;
  rating: Rating | null;
  /** `YYYY-MM`: fieldwork began in or after. */
  from: string | null;
  /** `YYYY-MM`: fieldwork began in or before. */
  to: string | null;
  /** Count inspections only possibly under the policy or in the period. */
  includePossible: boolean;
}

export const NO_SCOPE: ScopeArgs = { policy: null, region: null, rating: null, from: null, to: null, includePossible: false };

export type Content = 'RECOMMENDATION' | 'CONCERN' | 'STRENGTH' | 'FINDING' | 'NONE';

export type ExclusionKind = 'OUTSIDE' | 'UNDECIDED' | 'EMPTY';

/** Every reason an analysis leaves an inspection out, and its kind. NO_DATE: pduChanges (an undated inspection has no place in a sequence). */
export const EXCLUSION_KINDS = {
  OTHER_REGION: 'OUTSIDE', OTHER_RATING: 'OUTSIDE', NOT_UNDER_POLICY: 'OUTSIDE', OUTSIDE_PERIOD: 'OUTSIDE',
  NO_REGION: 'UNDECIDED', NO_FIELDWORK_WINDOW: 'UNDECIDED', POSSIBLY_UNDER_POLICY: 'UNDECIDED', POSSIBLY_IN_PERIOD: 'UNDECIDED', NO_DATE: 'UNDECIDED',
  NO_RECOMMENDATION_TEXT: 'EMPTY', NO_CONCERNS: 'EMPTY', NO_STRENGTHS: 'EMPTY', NO_FINDINGS: 'EMPTY',
} as const satisfies Record<string, ExclusionKind>;
export type ExclusionReason = keyof typeof EXCLUSION_KINDS;
export const EXCLUSION_REASONS = Object.keys(EXCLUSION_KINDS) as ExclusionReason[];

export function exclusionKind(reason: ExclusionReason): ExclusionKind {
  return EXCLUSION_KINDS[reason];
}

/** Per content: the pattern of one item from `i`, binding `r` (closed table: the only texts chosen). */
export const ITEM_PATTERN: Record<Exclude<Content, 'NONE'>, string> = {
  RECOMMENDATION: `(i)-[:RECOMMENDS]->(r:Recommendation)`,
  CONCERN: `(i)-[:FOUND]->(r:Finding {polarity: 'CONCERN'})`,
  STRENGTH: `(i)-[:FOUND]->(r:Finding {polarity: 'STRENGTH'})`,
  FINDING: `(i)-[:FOUND]->(r:Finding)`,
};

const EMPTY_REASON: Record<Exclude<Content, 'NONE'>, ExclusionReason> = {
  RECOMMENDATION: 'NO_RECOMMENDATION_TEXT', CONCERN: 'NO_CONCERNS', STRENGTH: 'NO_STRENGTHS', FINDING: 'NO_FINDINGS',
};

/**
 * `WITH` clause binding, for `i` and `p`: `wf` (the window's first month), `lo`/`hi` (the months
 * fieldwork may have begun in) and `certainty` (the best certainty of an UNDER to the policy: CERTAIN
 * before POSSIBLE; null when not under it or without a policy). `carry` lists other variables to keep.
 */
export function scopeVariables(carry = '', policy = '$policy'): string {
  return `WITH i, p${carry ? `, ${carry}` : ''}, ${windowFrom('i')} AS wf, ${fieldworkBeganFrom('i')} AS lo, ${fieldworkBeganTo('i')} AS hi,
  CASE WHEN ${policy} IS NULL THEN null ELSE COLLECT { MATCH (i)-[u:UNDER]->(:Policy {code: ${policy}}) RETURN coalesce(u.certainty, 'CERTAIN') AS c ORDER BY c LIMIT 1 }[0] END AS certainty`;
}

const DATES = '($from IS NOT NULL OR $to IS NOT NULL)';

/**
 * The status expression (see the top of this file), after scopeVariables. `policy` is the policy
 * code's expression: the `$policy` parameter, or a variable when one statement covers several policies.
 */
export function statusExpression(content: Content, policy = '$policy'): string {
  const empty = content === 'NONE' ? '' : `\n  WHEN NOT EXISTS { ${ITEM_PATTERN[content]} } THEN '${EMPTY_REASON[content]}'`;
  return `CASE
  WHEN $region IS NOT NULL AND EXISTS { (p)-[:IN_REGION]->() } AND NOT EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) } THEN 'OTHER_REGION'
  WHEN $rating IS NOT NULL AND i.rating <> $rating THEN 'OTHER_RATING'
  WHEN ${policy} IS NOT NULL AND wf IS NOT NULL AND certainty IS NULL THEN 'NOT_UNDER_POLICY'
  WHEN ${DATES} AND wf IS NOT NULL AND (($from IS NOT NULL AND hi < $from) OR ($to IS NOT NULL AND lo > $to)) THEN 'OUTSIDE_PERIOD'
  WHEN $region IS NOT NULL AND NOT EXISTS { (p)-[:IN_REGION]->() } THEN 'NO_REGION'
  WHEN (${policy} IS NOT NULL OR ${DATES}) AND wf IS NULL THEN 'NO_FIELDWORK_WINDOW'
  WHEN ${policy} IS NOT NULL AND certainty = 'POSSIBLE' AND NOT $includePossible THEN 'POSSIBLY_UNDER_POLICY'
  WHEN ${DATES} AND NOT (($from IS NULL OR lo >= $from) AND ($to IS NULL OR hi <= $to)) AND NOT $includePossible THEN 'POSSIBLY_IN_PERIOD'${empty}
  ELSE 'CONSIDERED'
END`;
}

/** The scope's parameters. */
export function scopeParams(scope: ScopeArgs): Record<string, unknown> {
  return { policy: scope.policy, region: scope.region, rating: scope.rating, from: scope.from, to: scope.to, includePossible: scope.includePossible };
}
