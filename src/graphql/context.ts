/**
 * What every resolver receives: the database, the request's loaders, and the request's query
 * counter. A fresh context per request keeps DataLoader caches from leaking between requests.
 */
import type { Database, QueryListener } from '../db/database.ts';
import type { Logger } from 'pino';
import type { Principal } from './guard.ts';
import { Loaders } from './loaders.ts';

export interface ApiContext {
  db: Database;
  loaders: Loaders;
  /** Who is calling: the role of the presented API key, or null for none. */
  principal: Principal | null;
  log?: Logger;
  setOperationName?: (name: string) => void;
  /** Called for every Cypher statement the request runs (metrics, tests, benchmarks). */
  onQuery: QueryListener;
  /** Number of Cypher statements run so far for this request. */
  queryCount: () => number;
  /** Whether root fields project the whole selection into their statement (translate/project.ts). */
  projection: boolean;
}

export function createContext(
  db: Database,
  listener?: QueryListener,
  extra: { principal?: Principal | null; log?: Logger; setOperationName?: (name: string) => void; projection?: boolean } = {},
): ApiContext {
  let count = 0;
  const onQuery: QueryListener = (cypher, params) => {
    count++;
    listener?.(cypher, params);
  };
  return { db, onQuery, loaders: new Loaders(db, onQuery), queryCount: () => count, principal: extra.principal ?? null, log: extra.log, setOperationName: extra.setOperationName, projection: extra.projection ?? true };
}
