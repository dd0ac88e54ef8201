/**
 * The probes for orchestrators and monitoring: /health (the process is up), /ready (Neo4j answers
 * and the service has finished starting: schema and seeds loaded) and /metrics (Prometheus).
 */
import express from 'express';
import type { Database } from '../db/database.ts';
import type { Metrics } from './metrics.ts';

/** Where the service is in its life (src/app/lifecycle.ts): ready only once start-up is complete. */
export interface Readiness {
  isReady(): boolean;
  /** A name for the current phase, given in /ready's answer while it is not ready. */
  readonly phase: string;
}

/** For a service that is ready as soon as it exists (tests, benchmarks). */
export const ALWAYS_READY: Readiness = { isReady: () => true, phase: 'ready' };

const STOPPING = new Set(['stopping', 'stopped', 'failed']);

export function probeRoutes(db: Database, readiness: Readiness, metrics: Metrics): express.Router {
  const router = express.Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    try {
      await db.query('RETURN 1');
    } catch (e) {
      res.status(503).json({ status: 'unavailable', reason: `Neo4j does not answer: ${(e as Error).message.split('\n')[0]}` });
      return;
    }
    if (!readiness.isReady()) {
      const { phase } = readiness;
      const stopping = STOPPING.has(phase);
      res.status(503).json({ status: stopping ? 'stopping' : 'starting', phase, reason: stopping ? 'the service is stopping' : 'the schema and seeds are not loaded yet' });
      return;
    }
    res.json({ status: 'ready' });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
