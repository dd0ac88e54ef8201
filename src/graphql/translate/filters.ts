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
import { latestRating, newestInspectionFirst } from '../../analysis/chronology.ts';
import type { Params, Statement } from '../../analysis/statement.ts';

/** Nodes `t` found by `match`, with its parameters. */
export interface Match {
  match: string;
  params: Params;
}

/** Nodes `t` found by `match`, listed in `order` (ORDER BY items over `t`). */
export interface Scope extends Match {
  order: string;
}

/** The conditions of the given filters as one clause, and their parameters. */
class Conditions {
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
}

/** `inspections(filter:)`, newest first (chronology.ts); every filter must hold. */
export function inspectionsScope(filter: InspectionFilter): Scope {
  const c = new Conditions()
    .add('rating', filter.rating, 't.rating = $rating')
    .add('pdu', filter.pdu, 'p.id = $pdu')
    .add('region', filter.region, 'EXISTS { (p)-[:IN_REGION]->(:Region {id: $region}) }')
    .add('policy', filter.policy?.toUpperCase(), 'EXISTS { (t)-[:UNDER]->(pol:Policy) WHERE pol.code = $policy OR pol.id = $policy }')
    .add('from', filter.fieldworkFrom, 't.fieldworkFrom >= $from')
    .add('to', filter.fieldworkTo, 't.fieldworkFrom <= $to');
  return { match: `MATCH (t:Inspection)-[:OF]->(p:PDU)${c.where}`, order: newestInspectionFirst('t'), params: c.params };
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
