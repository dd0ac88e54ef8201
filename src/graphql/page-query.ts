/**
 * The statements of root fields. Each returns its nodes through the projection of the query's
 * selection (translate/project.ts), so the root field's one statement also answers every relation
 * selected below it. `match` is a constant pattern-and-WHERE clause binding `t`; filters arrive as
 * parameters.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from './context.ts';
import { connection, offsetAfter, type Connection } from './pagination.ts';
import { projectConnection, projectRoot } from './translate/project.ts';

/**
 * A connection page in one round trip: the total and the page come from two subqueries of one
 * statement.
 */
export async function pageQuery<T>(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  match: string,
  order: string,
  params: Record<string, unknown>,
  page: { first: number; after?: string | null | undefined },
): Promise<Connection<T>> {
  const offset = offsetAfter(page.after);
  const node = ctx.projection ? projectConnection(info, 't') : 't {.*}';
  const cypher =
    `CALL () { ${match} RETURN count(t) AS total } ` +
    `CALL () { ${match} WITH t ORDER BY ${order} SKIP $offset LIMIT $first RETURN collect(${node}) AS page } ` +
    `RETURN total, page`;
  const result = await ctx.db.query(cypher, { ...params, offset, first: page.first }, ctx.onQuery);
  const record = result.records[0]!;
  return connection(record.get('page') as T[], offset, record.get('total') as number);
}

/** All nodes of a small, fixed set (regions, policies, themes), in one statement. */
export async function listQuery<T>(ctx: ApiContext, info: GraphQLResolveInfo, match: string, order: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const node = ctx.projection ? projectRoot(info, 't') : 't {.*}';
  const result = await ctx.db.query(`${match} WITH t ORDER BY ${order} RETURN ${node} AS node`, params, ctx.onQuery);
  return result.records.map((r) => r.get('node') as T);
}

/**
 * One node (null when absent). `typeName` gives the concrete type of a field that returns an
 * interface; the record is then labelled for the interface's type resolution.
 */
export async function oneQuery<T>(ctx: ApiContext, info: GraphQLResolveInfo, match: string, params: Record<string, unknown>, typeName?: string): Promise<T | null> {
  const label = typeName ? `, __label: '${typeName}'` : '';
  const node = ctx.projection ? projectRoot(info, 't', typeName, typeName !== undefined) : `t {.*${label}}`;
  const result = await ctx.db.query(`${match} RETURN ${node} AS node LIMIT 1`, params, ctx.onQuery);
  return (result.records[0]?.get('node') as T | undefined) ?? null;
}
