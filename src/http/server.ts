/**
 * The HTTP service: GraphQL at /graphql (Apollo Server 5 on Express 5), /health (the process is up),
 * /ready (Neo4j answers and the seeds are loaded), /metrics (Prometheus), and pages for people:
 * /graphiql, /explorer and /browser/ (src/ui). Behaviour is added in layers, each in its own module:
 * request ids and logs (src/http), API keys (src/auth), query limits and observability
 * (src/api/plugins).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Database, QueryListener } from '../db/database.ts';
import { createContext, type ApiContext } from '../graphql/context.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import { loadTypeDefs } from '../graphql/schema.ts';
import { formatError } from '../graphql/format-error.ts';
import { armor, LIMITS } from './plugins/limits.ts';
import { observabilityPlugin } from './plugins/observability.ts';
import { authenticate, type ApiKeyEntry, type Principal } from './auth/api-keys.ts';
import { unauthenticated } from '../graphql/guard.ts';
import { requestId } from './request-id.ts';
import { createLogger, requestLogger, type Logger } from './logger.ts';
import { Metrics } from './metrics.ts';
// Issue 9: pages for people (GraphiQL, the explorer, Neo4j Browser's guide) and the federation flag.
import { graphiqlForBrowsers, uiRouter } from './pages/routes.ts';
import { subgraphSchema } from '../graphql/federation.ts';
import { configureAnalysisLimit, type AnalysisLimitOptions } from '../analysis/admission.ts';

export interface ServiceOptions {
  db: Database;
  /** Development shows full errors; production masks internal ones. */
  development: boolean;
  /** Whether the graph holds what /ready promises (constraints applied, seeds loaded). */
  isSeeded: () => boolean;
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
  /** How many expensive analyses may run at once and wait (src/api/analysis-limit.ts). Default: 2 running, 64 waiting, 15 s wait, 120 s to compute. */
  analysisLimit?: Partial<AnalysisLimitOptions>;
}

export interface Service {
  app: express.Express;
  httpServer: http.Server;
  metrics: Metrics;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createService(opts: ServiceOptions): Promise<Service> {
  const logger = opts.logger ?? createLogger('silent');
  const metrics = new Metrics();
  configureAnalysisLimit(opts.db, opts.analysisLimit);
  opts.db.observer = {
    started: () => metrics.neo4jInFlight.inc(),
    finished: (s) => {
      metrics.neo4jInFlight.dec();
      metrics.neo4jDuration.observe(s);
    },
  };
  opts.db.health.onChange((up) => {
    metrics.neo4jUp.set(up ? 1 : 0);
    logger[up ? 'info' : 'error']({ neo4j: up ? 'up' : 'down' }, up ? 'Neo4j answers again' : 'Neo4j is unavailable');
  });

  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: a hash of every GraphQL response costs CPU, and POST answers are not
  // revalidated by clients. (Static pages get theirs from serve-static.)
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Bound how long a client may hold a connection or dribble a request.
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 15_000;
  httpServer.keepAliveTimeout = 5_000;

  const protection = armor(!(opts.fieldSuggestions ?? opts.development));
  const apollo = new ApolloServer<ApiContext>({
    // FEDERATION=true: the same SDL and resolvers as a subgraph (src/api/federation.ts); else unchanged.
    ...(opts.federation ? { schema: subgraphSchema(loadTypeDefs(), resolvers) } : { typeDefs: loadTypeDefs(), resolvers: resolvers as never }),
    formatError: formatError(opts.development),
    includeStacktraceInErrorResponses: opts.development,
    introspection: opts.introspection ?? opts.development,
    hideSchemaDetailsFromClientErrors: !(opts.fieldSuggestions ?? opts.development),
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // Shutdown is ours (src/main.ts): stop HTTP, then the driver, then the local Neo4j.
    stopOnTerminationSignals: false,
    // graphql-armor is typed against Apollo's CommonJS build; the plugin objects are the same.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      observabilityPlugin(metrics),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's cache-control plugin (installed unless disabled) runs a hook on every resolved
      // field to compute HTTP cache hints, which this API does not give: work per field for nothing.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.use(requestId, requestLogger(logger));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    try {
      await opts.db.query('RETURN 1');
    } catch (e) {
      res.status(503).json({ status: 'unavailable', reason: `Neo4j does not answer: ${(e as Error).message.split('\n')[0]}` });
      return;
    }
    if (!opts.isSeeded()) {
      res.status(503).json({ status: 'starting', reason: 'the schema and seeds are not loaded yet' });
      return;
    }
    res.json({ status: 'ready' });
  });

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const keys = opts.apiKeys ?? [];
  const principalOf = (authorization: string | undefined): Principal | null => {
    if (!authorization) return null;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    const principal = m ? authenticate(keys, m[1]!) : null;
    if (!principal) throw unauthenticated('the API key is not valid (send Authorization: Bearer <key>)');
    return principal;
  };

  // GraphiQL, the explorer and /browser/* (src/ui/routes.ts); a browser opening /graphql goes to GraphiQL.
  const graphiql = opts.graphiql ?? opts.development;
  app.use(uiRouter({ graphiql, explorer: opts.explorer ?? true }));
  if (graphiql) app.get('/graphql', graphiqlForBrowsers);

  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const principal = principalOf(req.header('authorization'));
        if (opts.readsRequireKey && !principal) throw unauthenticated('this service needs an API key for every request (send Authorization: Bearer <key>)');
        return createContext(opts.db, opts.onQuery, { principal, log: req.log, setOperationName: (n) => void (req.operationName = n), projection: opts.projection ?? true });
      },
    }),
  );

  // Malformed JSON or an oversized body: a GraphQL-shaped error with a code, not an HTML page.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? `the request body is larger than ${LIMITS.bodyLimit}` : status < 500 ? `the request could not be read: ${err.message}` : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  return {
    app,
    httpServer,
    metrics,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const a = httpServer.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${a.port}`);
        });
      }),
    close: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
