/** A real HTTP service on an ephemeral port, over the test database, with a Cypher statement log. */
import { afterAll, beforeAll, expect } from 'vitest';
import { createService, type Service } from '../../src/http/server.ts';
import { openTestDatabase, resetAndSeed } from './database.ts';
import type { Database } from '../../src/db/database.ts';
import type { AnalysisLimitOptions } from '../../src/analysis/admission.ts';
import type { ExecutorKind } from '../../src/graphql/executor.ts';

export interface TestService {
  url: string;
  service: Service;
  /** Every Cypher statement run since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

export interface TestServiceOptions {
  projection?: boolean;
  analysisLimit?: Partial<AnalysisLimitOptions>;
  /** Default: the service's default (jit). */
  executor?: ExecutorKind;
  development?: boolean;
  /**
   * Warm the analyses' cache after each commit (the service's default). Off unless asked: a test
   * that counts the limiter's places or the cache's answers must not share them with a warm-up.
   */
  warmAnalyses?: boolean;
  /** With warmAnalyses: read the graph version this often to warm after other processes' writes (default: never). */
  watchVersionMs?: number;
}

export async function startTestService(db: Database, opts: TestServiceOptions = {}): Promise<TestService> {
  const queries: string[] = [];
  const service = await createService({
    db, development: opts.development ?? true, onQuery: (c) => queries.push(c), projection: opts.projection, analysisLimit: opts.analysisLimit, executor: opts.executor,
    warmAnalyses: opts.warmAnalyses ?? false, watchVersionMs: opts.watchVersionMs,
  });
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

/**
 * The usual set-up of an integration file: the test database reset to the seeded graph and a real
 * service over it, for the whole file, closed afterwards. `ready` receives them once they exist.
 */
export function withSeededService(ready: (s: { db: Database; api: TestService }) => void): void {
  let db: Database | undefined;
  let api: TestService | undefined;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndSeed(db);
    api = await startTestService(db);
    ready({ db, api });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });
}

/** POST a query and return its data, failing the test on any error or non-200 status. */
export async function okData(api: TestService, query: string, variables?: Record<string, unknown>): Promise<any> {
  const r = await api.graphql(query, variables);
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  expect(r.status).toBe(200);
  return r.body.data;
}
