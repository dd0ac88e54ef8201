/**
 * Which nodes a root field reads, and in what order: a MATCH (and WHERE) binding `t`, an ORDER BY,
 * and the parameters. Pure functions of the validated arguments; statements.ts wraps a scope into
 * the root field's one statement.
 *
 * A filter that is given adds its condition; one that is absent adds nothing (rather than a
 * `$x IS NULL OR ...` that is always true), so the planner sees only the conditions that hold. The
 * text is still made of constants only: what a filter contributes is chosen by whether it is
 * given, and its value is a parameter. A field has at most 2^(number of filters) texts, so Neo4j's
 * plan cache keeps them all.
 */
import type { Rating } from '../../model/enums.ts';
import type { NodeLabel } from '../../model/labels.ts';
import { fieldworkBeganFrom, fieldworkBeganTo, latestRating, newestInspectionFirst } from '../../analysis/chronology.ts';
import { EXCLUSION_KINDS, scopeVariables, statusExpression } from '../../analysis/scope.ts';
import type { Params, Statement } from '../../analysis/statement.ts';

/** Nodes `t` found by `match`, with its parameters. */
export interface Match {
  match: string;
  params: Params;
}

/** Nodes `t` found by `match`, listed in `order` (ORDER BY items over `t`). */
export interface Scope extends Match {
  order: string;
  /**
   * A subquery returning `excluded`: what the filters could not decide (scope.ts's UNDECIDED
   * reasons), for a connection's `excluded` field; absent when no filter can leave anything undecided.
   */
  undecided?: string;
}

/** The conditions of the given filters as one clause, and their parameters. */
export class Conditions {
  readonly params: Params = {};
  private readonly conditions: string[] = [];

  /** Adds `condition` (reading `$name`) when the value is given. */
  add(name: string, value: unknown, condition: string): this {
    if (value === null || value === undefined) return this;
    this.params[name] = value;
    this.conditions.push(condition);
    return this;
  }

  get where(): string {
    return this.conditions.length ? ` WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** Every node of a label (a small fixed set, or a whole connection). */
export function everyNode(label: NodeLabel, order: string): Scope {
  return { match: `MATCH (t:${label})`, order, params: {} };
}

/** The node of a label with this id (the label from the id's prefix or the field's type). */
export function nodeById(label: NodeLabel, id: string): Match {
  return { match: `MATCH (t:${label} {id: $id})`, params: { id } };
}

/** A policy by its code, case-insensitively ("sds40" finds SDS40), or by its id. */
export function policyByCode(code: string): Match {
  return { match: 'MATCH (t:Policy) WHERE t.code = toUpper($code) OR t.id = $code', params: { code } };
}

export interface PduFilter {
  /** A region id. */
  region?: string | null | undefined;
  /** The rating of the PDU's latest inspection (chronology.ts). */
  rating?: Rating | null | undefined;
}

/** `pdus(region:, rating:)`, by name. */
export function pdusScope(filter: PduFilter): Scope {
  const c = new Conditions()
    .add('region', filter.region, 'EXISTS { (t)-[:IN_REGION]->(:Region {id: $region}) }')
    .add('rating', filter.rating, `${latestRating('t', 'i')} = $rating`);
  return { match: `MATCH (t:PDU)${c.where}`, order: 't.name, t.id', params: c.params };
}

export interface InspectionFilter {
  rating?: Rating | null | undefined;
  /** A region id. */
  region?: string | null | undefined;
  /** A PDU id. */
  pdu?: string | null | undefined;
  /** A policy code, any case (matched upper-cased). */
  policy?: string | null | undefined;
  /** `YYYY-MM`: fieldwork began in or after this month. */
  fieldworkFrom?: string | null | undefined;
  /** `YYYY-MM`: fieldwork began in or before this month. */
  fieldworkTo?: string | null | undefined;
  /** Also inspections only possibly under the policy or in the period (a derived window partly inside). */
  includePossible?: boolean | null | undefined;
}

/**
 * The policy and date conditions as the analyses read them (src/analysis/scope.ts): a CERTAIN
 * pressure, fieldwork that certainly began in the period (for a derived window, the whole window);
 * with `includePossible`, also a POSSIBLE pressure and a window that may have begun in it.
 */
export function policyAndPeriod(c: Conditions, i: string, filter: Pick<InspectionFilter, 'policy' | 'fieldworkFrom' | 'fieldworkTo' | 'includePossible'>): Conditions {
  const possible = filter.includePossible === true;
  return c
    .add('policy', filter.policy?.toUpperCase(), `EXISTS { (${i})-[u:UNDER]->(pol:Policy) WHERE pol.code = $policy${possible ? '' : " AND coalesce(u.certainty, 'CERTAIN') = 'CERTAIN'"} }`)
    .add('from', filter.fieldworkFrom, `${possible ? fieldworkBeganTo(i) : fieldworkBeganFrom(i)} >= $from`)
    .add('to', filter.fieldworkTo, `${possible ? fieldworkBeganFrom(i) : fieldworkBeganTo(i)} <= $to`);
}

const UNDECIDED = Object.entries(EXCLUSION_KINDS).filter(([, kind]) => kind === 'UNDECIDED').map(([reason]) => reason);

/**
 * The inspections that match the definite filters (rating, PDU) but that the policy, period or
 * region filters cannot decide: no fieldwork window, only possibly under the policy or in the
 * period, no region. By reason, with at most 100 ids each.
 */
function undecidedSubquery(filter: InspectionFilter): string {
  return `CALL () {
  MATCH (i:Inspection)-[:OF]->(p:PDU)${filter.pdu ? ' WHERE p.id = $pdu' : ''}
  ${scopeVariables()}
  WITH i, p, ${statusExpression('NONE')} AS status
  WHERE status IN ${JSON.stringify(UNDECIDED).replace(/"/g, "'")}
  WITH status, i, p ORDER BY i.id
  WITH status, count(i) AS n, count(DISTINCT p) AS pdus, collect(i.id)[..100] AS ids
  ORDER BY status
  RETURN collect({reason: status, count: n, pdus: pdus, ids: ids}) AS excluded
}`;
}

/** `inspections(filter:)`, newest first (chronology.ts); every filter must hold. */
export function inspectionsScope(filter: InspectionFilter): Scope {
  const c = policyAndPeriod(new Conditions()
    .add('rating', filter.rating, 't.rating = $rating')
    .add('pdu', filter.pdu, 'p.id = $pdu')
    .add('region', filter.region, 'EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }'), 't', filter);
  const decides = Boolean(filter.policy || filter.fieldworkFrom || filter.fieldworkTo || filter.region);
  if (!decides) return { match: `MATCH (t:Inspection)-[:OF]->(p:PDU)${c.where}`, order: newestInspectionFirst('t'), params: c.params };
  // The undecided subquery reads every scope parameter, given or not.
  const params = {
    policy: null, region: null, rating: null, from: null, to: null, ...c.params, includePossible: filter.includePossible === true,
  };
  return { match: `MATCH (t:Inspection)-[:OF]->(p:PDU)${c.where}`, order: newestInspectionFirst('t'), params, undecided: undecidedSubquery(filter) };
}

/**
 * The codes among `codes` that name no policy: an analysis's policy argument must name one (an
 * unknown code is an error, not an empty answer).
 */
export function missingPoliciesStatement(codes: string[]): Statement {
  return {
    cypher: 'UNWIND $codes AS code OPTIONAL MATCH (p:Policy {code: code}) WITH code, p WHERE p IS NULL RETURN collect(code) AS missing',
    params: { codes },
  };
}

/** `commitments(dueBy:, status:)` and `actions(dueBy:, status:)`. */
export interface DueFilter {
  /** A day (`YYYY-MM-DD`): only those whose due date has come by then (its first day is on or before it) and not known to be done. */
  dueBy?: string | null | undefined;
  status?: readonly string[] | null | undefined;
}

/**
 * Commitments or actions, soonest due first, then by id. A due date at month precision ("by March
 * 2026") has come on its first day; DONE ones are not due.
 */
export function dueScope(label: 'Commitment' | 'Action', filter: DueFilter): Scope {
  const c = new Conditions()
    .add('dueBy', filter.dueBy, "t.dueBy IS NOT NULL AND (CASE size(t.dueBy) WHEN 7 THEN t.dueBy + '-01' ELSE t.dueBy END) <= $dueBy AND coalesce(t.status, '') <> 'DONE'")
    .add('status', filter.status?.length ? filter.status : null, 't.status IN $status');
  return { match: `MATCH (t:${label})${c.where}`, order: 't.dueBy IS NULL, t.dueBy, t.id', params: c.params };
}
