/**
 * The three shapes of a root field's statement, around a scope (filters.ts) and the text of each
 * node it returns (the projection of the query's selection, project.ts). Every relation the query
 * selects below the root is inside that projection, so the root field costs one statement.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Statement } from '../../analysis/statement.ts';
import type { Match, Scope } from './filters.ts';
import { projectConnection, projectRoot, type Projection } from './project.ts';

/** A connection's page: the statement, and the offset its first node has in the whole list. */
export interface PageStatement extends Statement {
  offset: number;
}

/** The total and the page in one round trip, from two subqueries of one statement. */
export function pageStatement(scope: Scope, node: Projection, page: { offset: number; first: number }): PageStatement {
  return {
    cypher:
      `CALL () { ${scope.match} RETURN count(t) AS total } ` +
      `CALL () { ${scope.match} WITH t ORDER BY ${scope.order} SKIP $offset LIMIT $first RETURN collect(${node.text}) AS page } ` +
      (scope.undecided ? `${scope.undecided} RETURN total, page, excluded` : 'RETURN total, page'),
    params: { ...scope.params, ...node.params, offset: page.offset, first: page.first },
    offset: page.offset,
  };
}

/**
 * All nodes of a small, fixed set (regions, policies, themes, commitments), one row each: at most
 * `bound` (a constant of the root field: the cost model counts on it, see ../cost.ts).
 */
export function listStatement(scope: Scope, node: Projection, bound: number): Statement {
  return { cypher: `${scope.match} WITH t ORDER BY ${scope.order} LIMIT ${bound} RETURN ${node.text} AS node`, params: { ...scope.params, ...node.params } };
}

/** One node, or no row. */
export function oneStatement(match: Match, node: Projection): Statement {
  return { cypher: `${match.match} RETURN ${node.text} AS node LIMIT 1`, params: { ...match.params, ...node.params } };
}

/**
 * Each node `t` of a root field that returns nodes (or a list of them): the projection of the
 * query's selection, or without projection the whole node (the loaders then answer its relations).
 * `typeName` is the concrete type of a field that returns an interface (`node(id:)`); the record
 * is then labelled for the interface's type resolution.
 */
export function rootNode(info: GraphQLResolveInfo, projection: boolean, typeName?: string): Projection {
  if (projection) return projectRoot(info, 't', typeName, typeName !== undefined);
  return { text: typeName ? `t {.*, __label: '${typeName}'}` : 't {.*}', params: {} };
}

/** Each node `t` of a connection: what `nodes` and `edges { node }` select, merged (project.ts). */
export function connectionNode(info: GraphQLResolveInfo, projection: boolean): Projection {
  return projection ? projectConnection(info, 't') : { text: 't {.*}', params: {} };
}
