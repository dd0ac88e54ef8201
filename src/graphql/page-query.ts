/**
 * Running a root field's statement (built by translate/root-fields.ts) and shaping its rows: a
 * connection page, a list, or one node. Each is one round trip; the statement also answers every
 * relation selected below the root field (translate/project.ts).
 */
import type { Statement } from '../analysis/statement.ts';
import type { ApiContext } from './context.ts';
import { connection, type Connection } from './pagination.ts';
import type { PageStatement } from './translate/statements.ts';

/** What a connection's filters could not decide, by reason (translate/filters.ts). */
export interface Undecided { reason: string; count: number; pdus: number; ids: string[] }

/**
 * A connection page: the total and the page come from two subqueries of one statement (a third
 * gives `excluded` when the filters can leave inspections undecided).
 */
export async function pageQuery<T>(ctx: ApiContext, statement: PageStatement): Promise<Connection<T> & { excluded: Undecided[] }> {
  const result = await ctx.db.query(statement.cypher, statement.params, ctx.onQuery);
  const record = result.records[0]!;
  const excluded = record.has('excluded') ? (record.get('excluded') as Undecided[]) : [];
  return { ...connection(record.get('page') as T[], statement.offset, record.get('total') as number), excluded };
}

/** All nodes of a small, fixed set (regions, policies, themes). */
export async function listQuery<T>(ctx: ApiContext, statement: Statement): Promise<T[]> {
  const result = await ctx.db.query(statement.cypher, statement.params, ctx.onQuery);
  return result.records.map((r) => r.get('node') as T);
}

/** One node; null when absent, or when there is no statement (an id that names no label). */
export async function oneQuery<T>(ctx: ApiContext, statement: Statement | null): Promise<T | null> {
  if (!statement) return null;
  const result = await ctx.db.query(statement.cypher, statement.params, ctx.onQuery);
  return (result.records[0]?.get('node') as T | undefined) ?? null;
}
