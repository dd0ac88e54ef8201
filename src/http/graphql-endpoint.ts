/**
 * POST/GET /graphql: the body parsed (bounded), the caller authenticated, and a fresh context per
 * request (src/graphql/context.ts) handed to Apollo Server.
 */
import { isUtf8 } from 'node:buffer';
import type http from 'node:http';
import express from 'express';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { Database, QueryListener } from '../db/database.ts';
import type { AnalysisAdmission } from '../analysis/admission.ts';
import { createContext, type ApiContext } from '../graphql/context.ts';
import type { ApiKeyEntry } from './auth/api-keys.ts';
import { requestPrincipal } from './auth/principal.ts';
import { LIMITS } from './plugins/limits.ts';

export interface EndpointOptions {
  db: Database;
  analysis: AnalysisAdmission;
  apiKeys: readonly ApiKeyEntry[];
  readsRequireKey: boolean;
  onQuery?: QueryListener;
  projection: boolean;
}

/**
 * A body that is not valid UTF-8 is refused before it is parsed: decoded as it was, each bad byte
 * became U+FFFD and an ingest stored the damage (issue 16). The error says where (requestErrors
 * answers it as BAD_REQUEST, 400).
 */
function strictUtf8(_req: http.IncomingMessage, _res: http.ServerResponse, body: Buffer): void {
  if (isUtf8(body)) return;
  const text = body.toString('utf8');
  const at = Buffer.byteLength(text.slice(0, Math.max(0, text.indexOf('\uFFFD'))));
  throw Object.assign(new Error(`the body is not valid UTF-8 (the first invalid byte is at offset ${at}); send UTF-8 text`), { status: 400 });
}

export function graphqlEndpoint(apollo: ApolloServer<ApiContext>, opts: EndpointOptions): express.RequestHandler[] {
  return [
    express.json({ limit: LIMITS.bodyLimit, verify: strictUtf8 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext({
        db: opts.db,
        analysis: opts.analysis,
        listener: opts.onQuery,
        principal: requestPrincipal(opts.apiKeys, req.header('authorization'), opts.readsRequireKey),
        log: req.log,
        setOperationName: (n) => void (req.operationName = n),
        projection: opts.projection,
      }),
    }),
  ];
}
