/**
 * One round trip for a connection page: the total and the page come from two subqueries of one
 * statement. `match` is a constant pattern-and-WHERE clause binding `t`; filters arrive as parameters.
 */
import type { ApiContext } from './context.ts';
import { connection, offsetAfter, type Connection } from './pagination.ts';

export async function pageQuery<T>(
  ctx: ApiContext,
  match: string,
  order: string,
  params: Record<string, unknown>,
  page: { first: number; after?: string | null | undefined },
): Promise<Connection<T>> {
  const offset = offsetAfter(page.after);
  const cypher =
    `CALL () { ${match} RETURN count(t) AS total } ` +
    `CALL () { ${match} WITH t ORDER BY ${order} SKIP $offset LIMIT $first RETURN collect(t {.*}) AS page } ` +
    `RETURN total, page`;
  const result = await ctx.db.read((tx) => tx.run(cypher, { ...params, offset, first: page.first }), ctx.onQuery);
  const record = result.records[0]!;
  return connection(record.get('page') as T[], offset, record.get('total') as number);
}

/** All nodes of a small, fixed set (regions, policies, themes), in one statement. */
export async function listQuery<T>(ctx: ApiContext, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await ctx.db.read((tx) => tx.run(cypher, params), ctx.onQuery);
  return result.records.map((r) => r.get('node') as T);
}

/** One node by id (null when absent). */
export async function oneQuery<T>(ctx: ApiContext, cypher: string, params: Record<string, unknown>): Promise<T | null> {
  const result = await ctx.db.read((tx) => tx.run(cypher, params), ctx.onQuery);
  return (result.records[0]?.get('node') as T | undefined) ?? null;
}
