/**
 * What every resolver receives: the database, the request's loaders, and the request's query
 * counter. A fresh context per request keeps DataLoader caches from leaking between requests.
 */
import type { Database, QueryListener } from '../db/database.ts';
import { Loaders } from './loaders.ts';

export interface ApiContext {
  db: Database;
  loaders: Loaders;
  /** Called for every Cypher statement the request runs (metrics, tests, benchmarks). */
  onQuery: QueryListener;
  /** Number of Cypher statements run so far for this request. */
  queryCount: () => number;
}

export function createContext(db: Database, listener?: QueryListener): ApiContext {
  let count = 0;
  const onQuery: QueryListener = (cypher, params) => {
    count++;
    listener?.(cypher, params);
  };
  return { db, onQuery, loaders: new Loaders(db, onQuery), queryCount: () => count };
}
