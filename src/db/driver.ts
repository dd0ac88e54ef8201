/**
 * One neo4j-driver Driver per process. Integers come back as JavaScript numbers when they fit
 * (`disableLosslessIntegers`): every integer in this graph is a small count, so no `{low, high}`
 * objects leak into GraphQL.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password?: string | undefined;
  database: string;
}

export function createDriver(c: Neo4jConnection): Driver {
  // No credentials for the local development server, which runs with auth disabled.
  const auth = c.password ? neo4j.auth.basic(c.user, c.password) : undefined;
  return neo4j.driver(c.uri, auth, {
    disableLosslessIntegers: true,
    userAgent: 'probation-graph',
    // Fail fast when Neo4j is away rather than holding requests for the default 30 s / 60 s: the
    // managed transactions still retry transient errors (deadlocks, leader switches) for up to a
    // second, and the circuit breaker (health.ts) answers for the rest of an outage.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 1_000,
  });
}
