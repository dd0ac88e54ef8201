/**
 * What every resolver receives: the database, the analyses' admission control, the request's
 * loaders, and the request's query counter. A fresh context per request keeps DataLoader caches
 * from leaking between requests.
 */
import type { Database, QueryListener } from '../db/database.ts';
import type { Logger } from 'pino';
import type { AnalysisAdmission } from '../analysis/admission.ts';
import type { Principal } from './guard.ts';
import { Loaders } from './loaders.ts';

export interface ApiContext {
  db: Database;
  /** The service's limiter and cache for the expensive analyses (src/analysis/admission.ts). */
  analysis: AnalysisAdmission;
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

export interface ContextOptions {
  db: Database;
  analysis: AnalysisAdmission;
  /** Told of every statement besides the request's own counter. */
  listener?: QueryListener;
  principal?: Principal | null;
  log?: Logger;
  setOperationName?: (name: string) => void;
  projection?: boolean;
}

export function createContext(opts: ContextOptions): ApiContext {
  const { db, analysis, listener } = opts;
  let count = 0;
  const onQuery: QueryListener = (cypher, params) => {
    count++;
    listener?.(cypher, params);
  };
  return {
    db, analysis, onQuery, loaders: new Loaders(db, onQuery), queryCount: () => count,
    principal: opts.principal ?? null, log: opts.log, setOperationName: opts.setOperationName, projection: opts.projection ?? true,
  };
}
