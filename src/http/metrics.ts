/**
 * Prometheus metrics, served at /metrics: requests and their latency by GraphQL operation, errors
 * by code, Neo4j statement latency, and transactions in flight (the driver keeps its pool private,
 * so in-flight transactions stand in for pool use). Each service has its own registry, so tests can
 * run several services in one process.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.ts';
import type { CompiledExecutor } from '../graphql/executor.ts';
import type { AnalysisCache } from '../analysis/admission.ts';
import type { AnalysisWarmer } from '../analysis/warm.ts';
import type { Logger } from './logger.ts';

export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL requests by operation and HTTP status', labelNames: ['operation', 'status'], registers: [this.registry] });
  readonly duration = new Histogram({
    name: 'graphql_request_duration_seconds', help: 'GraphQL request latency by operation', labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [this.registry],
  });
  readonly errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors by extensions.code', labelNames: ['code'], registers: [this.registry] });
  readonly neo4jDuration = new Histogram({
    name: 'neo4j_statement_duration_seconds', help: 'Latency of Cypher statements as seen by the service',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5], registers: [this.registry],
  });
  readonly neo4jInFlight = new Gauge({ name: 'neo4j_statements_in_flight', help: 'Cypher statements running now (a proxy for connection pool use)', registers: [this.registry] });
  readonly neo4jUp = new Gauge({ name: 'neo4j_up', help: '1 while Neo4j answers, 0 while the service sees it as unavailable', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.neo4jUp.set(1);
  }

  /** A gauge whose value is read when /metrics is scraped. */
  private readout(name: string, help: string, read: () => number): void {
    new Gauge({ name, help, registers: [this.registry], collect() { this.set(read()); } });
  }

  /** The executor's counts (src/graphql/executor.ts). */
  watchExecutor(executor: CompiledExecutor): void {
    const gauge = this.readout.bind(this);
    gauge('graphql_operations_compiled', `Operations compiled by graphql-jit since start (executor: ${executor.kind})`, () => executor.stats().compiled);
    gauge('graphql_operations_fallback', 'Operations graphql-jit could not compile, run by graphql-js instead, since start', () => executor.stats().fallbacks);
    gauge('graphql_compiled_operations_cached', 'Compiled operations held in the bounded cache now', () => executor.stats().cached);
  }

  /** The analyses' cache (src/analysis/admission.ts) and its warmer (src/analysis/warm.ts). */
  watchAnalyses(cache: AnalysisCache, warmer: AnalysisWarmer): void {
    const gauge = this.readout.bind(this);
    gauge('analysis_cache_hits', 'Analysis requests answered from the cache (or joining a computation in flight) since start', () => cache.stats.hits);
    gauge('analysis_cache_joined', 'Of the analysis cache hits, those that joined a computation still in flight since start', () => cache.stats.joined);
    gauge('analysis_cache_misses', 'Analysis requests that started a computation since start', () => cache.stats.misses);
    gauge('analysis_warm_runs', 'Warm-ups of the analyses\' cache after a load since start', () => warmer.stats.runs);
    gauge('analysis_warm_analyses', 'Analyses computed (or found cached) by the warm-ups since start', () => warmer.stats.analyses);
    gauge('analysis_warm_failures', 'Analyses a warm-up failed to compute since start', () => warmer.stats.failed);
  }
}

/**
 * Feed a service's metrics (and its log) from the Database: statements in flight and their latency,
 * Neo4j going away and coming back. Returns a function that stops it (the service's close()).
 */
export function watchDatabase(db: Database, metrics: Metrics, logger: Logger): () => void {
  const unobserve = db.observe({
    started: () => metrics.neo4jInFlight.inc(),
    finished: (seconds) => {
      metrics.neo4jInFlight.dec();
      metrics.neo4jDuration.observe(seconds);
    },
  });
  const unlisten = db.health.onChange((up) => {
    metrics.neo4jUp.set(up ? 1 : 0);
    logger[up ? 'info' : 'error']({ neo4j: up ? 'up' : 'down' }, up ? 'Neo4j answers again' : 'Neo4j is unavailable');
  });
  return () => {
    unobserve();
    unlisten();
  };
}
