/**
 * POST/GET /graphql: the body parsed (bounded), the caller authenticated, and a fresh context per
 * request (src/graphql/context.ts) handed to Apollo Server.
 */
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

export function graphqlEndpoint(apollo: ApolloServer<ApiContext>, opts: EndpointOptions): express.RequestHandler[] {
  return [
    express.json({ limit: LIMITS.bodyLimit }),
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
