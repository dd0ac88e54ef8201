/**
 * The HTTP service: GraphQL at /graphql (Apollo Server 5 on Express 5), /health (the process is up)
 * and /ready (Neo4j answers and the seeds are loaded). Behaviour beyond that is added as Apollo
 * plugins or Express middleware, each in its own module.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Database, QueryListener } from './db/database.ts';
import { createContext, type ApiContext } from './api/context.ts';
import { resolvers } from './api/resolvers/index.ts';
import { loadTypeDefs } from './api/schema.ts';
import { formatError } from './api/format-error.ts';

export interface ServiceOptions {
  db: Database;
  development: boolean;
  /** Whether the graph holds what /ready promises (constraints applied, seeds loaded). */
  isSeeded: () => boolean;
  /** Observe every Cypher statement (tests count round trips with it). */
  onQuery?: QueryListener;
  /** Request body limit for /graphql. */
  bodyLimit?: string;
}

export interface Service {
  app: express.Express;
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createService(opts: ServiceOptions): Promise<Service> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    formatError: formatError(opts.development),
    includeStacktraceInErrorResponses: opts.development,
    introspection: true,
    // Shutdown is ours (src/main.ts): stop HTTP, then the driver, then the local Neo4j.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

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

  app.use(
    '/graphql',
    express.json({ limit: opts.bodyLimit ?? '256kb' }),
    expressMiddleware(apollo, { context: async () => createContext(opts.db, opts.onQuery) }),
  );

  return {
    app,
    httpServer,
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
