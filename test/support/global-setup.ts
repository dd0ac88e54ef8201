/**
 * Integration tests run against a real Neo4j. By default the bundled local Neo4j is started as a
 * separate `test` instance, on its own ports and data folder, so `npm test` can run beside
 * `npm start`; it is stopped when the run ends, pass or fail. NEO4J_TEST_INSTANCE, NEO4J_TEST_BOLT_PORT
 * and NEO4J_TEST_HTTP_PORT choose another instance and ports. Set NEO4J_TEST_URI (with
 * NEO4J_TEST_USER / NEO4J_TEST_PASSWORD) to test against another Neo4j 5 instead: its database is
 * wiped, so never point it at data you want to keep.
 */
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/neo4j-local/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4jUri', process.env.NEO4J_TEST_URI);
    project.provide('neo4jUser', process.env.NEO4J_TEST_USER ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_TEST_PASSWORD ?? '');
    return;
  }
  const neo4j = await startLocalNeo4j({
    // Several test runs in one working tree (say, two terminals) need their own instance and ports.
    instance: process.env.NEO4J_TEST_INSTANCE || 'test',
    boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
    httpPort: Number(process.env.NEO4J_TEST_HTTP_PORT ?? 7475),
    heapMax: '1g',
    pageCache: '256m',
    log: (line) => process.stderr.write(`[neo4j test] ${line}\n`),
  });
  project.provide('neo4jUri', neo4j.boltUri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', '');
  return async () => {
    await neo4j.stop();
  };
}
