/** A real HTTP service on an ephemeral port, over the test database, with a Cypher statement log. */
import { createService, type Service } from '../../src/server.ts';
import type { Database } from '../../src/db/database.ts';

export interface TestService {
  url: string;
  service: Service;
  /** Every Cypher statement run since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

export async function startTestService(db: Database, opts: { seeded?: () => boolean } = {}): Promise<TestService> {
  const queries: string[] = [];
  const service = await createService({ db, development: true, isSeeded: opts.seeded ?? (() => true), onQuery: (c) => queries.push(c) });
  const base = await service.listen(0);
  return {
    url: base,
    service,
    queries,
    resetQueries: () => void queries.splice(0),
    graphql: async (query, variables, headers = {}) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as any };
    },
    close: () => service.close(),
  };
}
