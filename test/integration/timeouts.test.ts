/** Every Cypher transaction has a time-out: a slow statement ends with an error, not a hung request. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../../src/db/driver.ts';
import { Database } from '../../src/db/database.ts';
import { formatError } from '../../src/graphql/format-error.ts';
import { GraphQLError } from 'graphql';

let db: Database;
beforeAll(() => {
  db = new Database(createDriver({ uri: inject('neo4jUri'), user: 'neo4j', database: 'neo4j' }), 'neo4j', 300);
});
afterAll(async () => {
  await db?.close();
});

describe('transaction time-out', () => {
  it('ends a slow statement within a bounded time, and the API reports it as QUERY_TIMEOUT', async () => {
    const t0 = Date.now();
    const error = await db.query('UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)').catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(Error);
    const formatted = formatError(false)(new GraphQLError('x').toJSON(), new GraphQLError('x', { originalError: error as Error, path: ['regions'] }));
    expect(formatted.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(formatted.message).not.toMatch(/UNWIND/);
  });
});
