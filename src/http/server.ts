/**
 * The HTTP service: GraphQL at /graphql (Apollo Server 5 on the plain Node request), the probes
 * /health, /ready and /metrics, and pages for people: /graphiql, /explorer and /browser/
 * (src/http/pages), on Express 5. Each concern is a module of its own, and createService puts them
 * together:
 *
 *   apollo.ts            the Apollo Server: schema, error formatting, query limits, plugins
 *   graphql-endpoint.ts  /graphql: CORS, the body (request-body.ts), the caller (auth/principal.ts),
 *                        the request context, Apollo's answer sent in one write
 *   probes.ts            /health, /ready (with the app's lifecycle), /metrics
 *   request-errors.ts    unreadable requests as GraphQL-shaped errors
 *   request-id.ts, logger.ts  the request's id and its log line (both apps)
 *   metrics.ts           Prometheus metrics, fed from the Database while the service runs
 *   cors.ts              cross-origin use of /graphql by the origins in CORS_ORIGINS
 *   response-limit.ts    the cap on the size of a /graphql answer (respond.ts writes answers)
 *   operations.ts        the operation names /metrics labels by name
 *
 * The service owns what it creates (its metrics, its analyses' admission control) and only
 * subscribes to the Database, which it leaves as it found it on close().
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Database, QueryListener } from '../db/database.ts';
import { analysisAdmission, type AnalysisAdmission, type AnalysisLimitOptions } from '../analysis/admission.ts';
import type { ApiKeyEntry } from './auth/api-keys.ts';
import { requestId } from './request-id.ts';
import { createLogger, requestLogger, type Logger } from './logger.ts';
import { Metrics, watchDatabase } from './metrics.ts';
import { graphqlForBrowsers, uiRouter } from './pages/routes.ts';
import { corsFor } from './cors.ts';
import { knownOperations, trustedDocuments } from './operations.ts';
import { LIMITS } from './plugins/limits.ts';
import { startApollo } from './apollo.ts';
import type { CompiledExecutor, ExecutorKind } from '../graphql/executor.ts';
import { AnalysisWarmer } from '../analysis/warm.ts';
import { defaultAnalyses } from '../graphql/warm.ts';
import { graphqlEndpoint, isGraphqlPath } from './graphql-endpoint.ts';
import { ALWAYS_READY, probeRoutes, type Readiness } from './probes.ts';
import { requestErrors } from './request-errors.ts';

export interface ServiceOptions {
  db: Database;
  /** Development shows full errors; production masks internal ones. */
  development: boolean;
  /** Whether start-up is complete (schema and seeds loaded), for /ready. Default: always ready. */
  lifecycle?: Readiness;
  /** Observe every Cypher statement (tests count round trips with it). */
  onQuery?: QueryListener;
  apiKeys?: readonly ApiKeyEntry[];
  readsRequireKey?: boolean;
  /** Default: on in development, off in production. */
  introspection?: boolean;
  fieldSuggestions?: boolean;
  logger?: Logger;
  /** GraphiQL at /graphiql (GRAPHIQL). Default: on in development, off in production. */
  graphiql?: boolean;
  /** The explorer at /explorer. Default: on. */
  explorer?: boolean;
  /** Serve the schema as an Apollo Federation subgraph (FEDERATION). Default: off. */
  federation?: boolean;
  /**
   * Answer each root field's whole selection with one projected statement (default). Off, every
   * relation is loaded by its DataLoader: tests compare the two, and it isolates a suspected
   * projection bug.
   */
  projection?: boolean;
  /** How many expensive analyses may run at once and wait (src/analysis/admission.ts). Default: 2 running, 64 waiting, 15 s wait, 120 s to compute. */
  analysisLimit?: Partial<AnalysisLimitOptions>;
  /** `extensions.stacktrace` in error answers (STACKTRACES). Default: off, in development too. */
  stacktraces?: boolean;
  /** Run only the trusted documents (TRUSTED_DOCUMENTS=only), with these manifests of other front-ends. Default: any query. */
  trustedDocuments?: { manifests: readonly string[] } | null;
  /** Origins whose pages may call /graphql from a browser (CORS_ORIGINS; `*` for any). Default: none. */
  corsOrigins?: readonly string[];
  /** How long a client may take over a request's headers and over the whole request. Default: 15 s and 30 s. */
  timeouts?: Partial<HttpTimeouts>;
  /** The largest /graphql answer, in bytes. Default: LIMITS.maxResponseBytes (10 MB). */
  maxResponseBytes?: number;
  /** GRAPHQL_EXECUTOR: compiled operations (`jit`, default) or graphql-js's execute (src/graphql/executor.ts). */
  executor?: ExecutorKind;
  /**
   * Fill the analyses' cache in the background after every write this process commits (a load), so
   * the first request after it is answered from the cache (src/analysis/warm.ts). Default: on.
   */
  warmAnalyses?: boolean;
  /**
   * ANALYSIS_WATCH_MS: how often the warmer reads the graph version, to warm after writes made by
   * other processes too (the `ingest` CLI, Neo4j Browser). 0 or unset: only after this process's writes.
   */
  watchVersionMs?: number;
}

export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 15_000, requestMs: 30_000, keepAliveMs: 5_000 };

export interface Service {
  app: express.Express;
  httpServer: http.Server;
  metrics: Metrics;
  /** The analyses' limiter and cache (tests hold its places). */
  analysis: AnalysisAdmission;
  /** How operations are executed, and what the executor has done (tests, /metrics). */
  executor: CompiledExecutor;
  /** Fills the analyses' cache after a load; `warmer.schedule()` asks for it (start-up, when the graph is loaded already). */
  warmer: AnalysisWarmer;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The Node HTTP server, with bounds on how long a client may hold a connection or dribble a request.
 * Node checks the headers and request time-outs only every `connectionsCheckingInterval` (30 s by
 * default), so a client sending a header line now and then was cut after 40 to 55 s, not 15: the
 * check runs every second here (a tenth of the time-out when that is shorter), so the time-outs
 * hold as configured.
 */
function boundedHttpServer(handler: http.RequestListener, timeouts: HttpTimeouts): http.Server {
  return http.createServer({
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(timeouts.headersMs / 10))),
  }, handler);
}

function listenOn(httpServer: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      const a = httpServer.address() as AddressInfo;
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${a.port}`);
    });
  });
}

export async function createService(opts: ServiceOptions): Promise<Service> {
  const logger = opts.logger ?? createLogger('silent');
  const metrics = new Metrics();
  const analysis = analysisAdmission(opts.db, opts.analysisLimit);
  const unwatch = watchDatabase(opts.db, metrics, logger);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: a hash of every GraphQL response costs CPU, and POST answers are not
  // revalidated by clients. (Static pages get theirs from serve-static.)
  app.set('etag', false);
  // /graphql is answered on the plain Node request (graphql-endpoint.ts); everything else by Express.
  // The endpoint needs Apollo, which needs the server (to drain it on stop): it is set just below.
  let endpoint: http.RequestListener = app;
  const httpServer = boundedHttpServer((req, res) => (isGraphqlPath(req.url) ? endpoint(req, res) : app(req, res)), { ...DEFAULT_TIMEOUTS, ...opts.timeouts });
  const fieldSuggestions = opts.fieldSuggestions ?? opts.development;
  const { apollo, executor, schema } = await startApollo(
    {
      development: opts.development, introspection: opts.introspection ?? opts.development, fieldSuggestions, federation: opts.federation ?? false,
      stacktraces: opts.stacktraces ?? false, knownOperations: knownOperations(), executor: opts.executor ?? 'jit',
      trustedDocuments: opts.trustedDocuments ? trustedDocuments(opts.trustedDocuments.manifests) : null,
    },
    httpServer, metrics,
  );
  const warmer = new AnalysisWarmer(analysis, defaultAnalyses(schema), { delayMs: 250, watchMs: opts.watchVersionMs, log: (message, err) => logger.warn({ err }, message) });
  const unwarm = opts.warmAnalyses === false ? () => undefined : opts.db.onCommit(() => warmer.schedule());
  if (opts.warmAnalyses !== false) warmer.watch();
  metrics.watchAnalyses(analysis.cache, warmer);

  app.use(requestId, requestLogger(logger));
  app.use(probeRoutes(opts.db, opts.lifecycle ?? ALWAYS_READY, metrics));
  // GraphiQL, the explorer and /browser/* (src/http/pages). A browser opening /graphql is answered
  // by the endpoint (graphqlForBrowsers): sent to GraphiQL, or a short page when GraphiQL is off.
  const graphiql = opts.graphiql ?? opts.development;
  app.use(uiRouter({ graphiql, explorer: opts.explorer ?? true }));
  app.use(requestErrors);
  endpoint = graphqlEndpoint(apollo, {
    db: opts.db, analysis, apiKeys: opts.apiKeys ?? [], readsRequireKey: opts.readsRequireKey ?? false, onQuery: opts.onQuery, projection: opts.projection ?? true,
    logger, cors: corsFor(opts.corsOrigins ?? []), browserPage: graphqlForBrowsers(graphiql), maxResponseBytes: opts.maxResponseBytes ?? LIMITS.maxResponseBytes,
  });

  return {
    app,
    httpServer,
    metrics,
    analysis,
    executor,
    warmer,
    listen: (port, host = '127.0.0.1') => listenOn(httpServer, port, host),
    close: async () => {
      unwarm();
      await warmer.stop();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      unwatch();
    },
  };
}
