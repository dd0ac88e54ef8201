/**
 * The three shapes of a root field's statement, around a scope (filters.ts) and the text of each
 * node it returns (the projection of the query's selection, project.ts). Every relation the query
 * selects below the root is inside that projection, so the root field costs one statement.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Statement } from '../../analysis/statement.ts';
import type { Match, Scope } from './filters.ts';
import { projectConnection, projectRoot } from './project.ts';

/** A connection's page: the statement, and the offset its first node has in the whole list. */
export interface PageStatement extends Statement {
  offset: number;
}

/** The total and the page in one round trip, from two subqueries of one statement. */
export function pageStatement(scope: Scope, node: string, page: { offset: number; first: number }): PageStatement {
  return {
    cypher:
      `CALL () { ${scope.match} RETURN count(t) AS total } ` +
      `CALL () { ${scope.match} WITH t ORDER BY ${scope.order} SKIP $offset LIMIT $first RETURN collect(${node}) AS page } ` +
      (scope.undecided ? `${scope.undecided} RETURN total, page, excluded` : 'RETURN total, page'),
    params: { ...scope.params, offset: page.offset, first: page.first },
    offset: page.offset,
  };
}

/** All nodes of a small, fixed set (regions, policies, themes), one row each. */
export function listStatement(scope: Scope, node: string): Statement {
  return { cypher: `${scope.match} WITH t ORDER BY ${scope.order} RETURN ${node} AS node`, params: scope.params };
}

/** One node, or no row. */
export function oneStatement(match: Match, node: string): Statement {
  return { cypher: `${match.match} RETURN ${node} AS node LIMIT 1`, params: match.params };
}

/**
 * Each node `t` of a root field that returns nodes (or a list of them): the projection of the
 * query's selection, or without projection the whole node (the loaders then answer its relations).
 * `typeName` is the concrete type of a field that returns an interface (`node(id:)`); the record
 * is then labelled for the interface's type resolution.
 */
export function rootNode(info: GraphQLResolveInfo, projection: boolean, typeName?: string): string {
  if (projection) return projectRoot(info, 't', typeName, typeName !== undefined);
  return typeName ? `t {.*, __label: '${typeName}'}` : 't {.*}';
}

/** Each node `t` of a connection: what `nodes` and `edges { node }` select, merged (project.ts). */
export function connectionNode(info: GraphQLResolveInfo, projection: boolean): string {
  return projection ? projectConnection(info, 't') : 't {.*}';
}
