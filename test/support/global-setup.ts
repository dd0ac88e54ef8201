/**
 * Integration tests run against a real Neo4j. By default the bundled local Neo4j is started as a
 * separate `test` instance, on its own ports and data folder, so `npm test` can run beside
 * `npm start`; it is stopped when the run ends, pass or fail. NEO4J_TEST_INSTANCE, NEO4J_TEST_BOLT_PORT
 * and NEO4J_TEST_HTTP_PORT choose another instance and ports. Set NEO4J_TEST_URI (with
 * NEO4J_TEST_USER / NEO4J_TEST_PASSWORD) to test against another Neo4j 5 instead: its database is
 * wiped, so never point it at data you want to keep.
 *
 * The `integration` and `e2e` projects both name this file; vitest runs it once per project, in the
 * same process, so the second call reuses the Neo4j the first started (and the last teardown stops
 * it). `neo4jHttpUrl` (Neo4j Browser's server) is empty with NEO4J_TEST_URI unless
 * NEO4J_TEST_HTTP_URL is set.
 */
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/neo4j-local/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jHttpUrl: string;
  }
}

type Started = Awaited<ReturnType<typeof startLocalNeo4j>>;
/** Shared by every project's call of this setup in this process: the Neo4j, and how many use it. */
const shared = globalThis as { __probationGraphTestNeo4j?: { neo4j: Promise<Started>; users: number } };

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4jUri', process.env.NEO4J_TEST_URI);
    project.provide('neo4jUser', process.env.NEO4J_TEST_USER ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_TEST_PASSWORD ?? '');
    project.provide('neo4jHttpUrl', process.env.NEO4J_TEST_HTTP_URL ?? '');
    return;
  }
  shared.__probationGraphTestNeo4j ??= { users: 0, neo4j: startLocalNeo4j({
    // Several test runs in one working tree (say, two terminals) need their own instance and ports.
    instance: process.env.NEO4J_TEST_INSTANCE || 'test',
    boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
    httpPort: Number(process.env.NEO4J_TEST_HTTP_PORT ?? 7475),
    heapMax: '1g',
    pageCache: '256m',
    log: (line) => process.stderr.write(`[neo4j test] ${line}\n`),
  }) };
  const use = shared.__probationGraphTestNeo4j;
  use.users++;
  const neo4j = await use.neo4j;
  project.provide('neo4jUri', neo4j.boltUri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', '');
  project.provide('neo4jHttpUrl', neo4j.httpUrl);
  return async () => {
    if (--use.users > 0) return;
    delete shared.__probationGraphTestNeo4j;
    await neo4j.stop();
  };
}
