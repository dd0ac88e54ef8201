/**
 * /graphql on the plain Node request, without Express: the request's id and log line, CORS, a
 * browser sent to GraphiQL, the body read (request-body.ts), the caller authenticated, a fresh
 * context per request (src/graphql/context.ts), Apollo Server's `executeHTTPGraphQLRequest`, and the
 * answer capped (response-limit.ts) and sent in one write.
 *
 * Why not Express here: a GraphQL request used nothing of Express that these few steps do not do,
 * and its router, request and response wrappers and body parser were about 0.6 ms of every request
 * (the whole of `{ __typename }` took 1.4 to 1.6 ms through Express, 0.9 without it: bench/README.md).
 * The pages and probes stay on Express (server.ts).
 */
import type http from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Database, QueryListener } from '../db/database.ts';
import type { AnalysisAdmission } from '../analysis/admission.ts';
import { createContext, type ApiContext } from '../graphql/context.ts';
import type { ApiKeyEntry } from './auth/api-keys.ts';
import { requestPrincipal } from './auth/principal.ts';
import { LIMITS } from './plugins/limits.ts';
import { assignRequestId } from './request-id.ts';
import { logRequest, type Logger, type RequestLog } from './logger.ts';
import { readJsonBody } from './request-body.ts';
import { unreadableAnswer } from './request-errors.ts';
import { limitAnswer } from './response-limit.ts';
import { sendJson, sendText } from './respond.ts';
import type { Step } from './cors.ts';

export interface EndpointOptions {
  db: Database;
  analysis: AnalysisAdmission;
  apiKeys: readonly ApiKeyEntry[];
  readsRequireKey: boolean;
  onQuery?: QueryListener;
  projection: boolean;
  logger: Logger;
  cors: Step;
  /** Answers a browser opening /graphql (a redirect to GraphiQL, or a page); true when it did. */
  browserPage: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
  maxResponseBytes: number;
}

/** True for /graphql, with or without a query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url?.startsWith('/graphql')) return false;
  const rest = url.slice('/graphql'.length);
  return rest === '' || rest === '/' || rest.startsWith('?') || rest.startsWith('/?');
}

/** The request as Apollo Server reads it: method, headers (repeated ones joined), query string, body. */
export function apolloRequest(req: http.IncomingMessage, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const q = req.url?.indexOf('?') ?? -1;
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search: q < 0 ? '' : req.url!.slice(q), body };
}

/** Apollo's answer on the wire: complete answers capped and sent in one write, streamed ones as they come. */
async function sendApolloAnswer(req: http.IncomingMessage, res: http.ServerResponse, answer: HTTPGraphQLResponse, opts: EndpointOptions, entry: RequestLog): Promise<void> {
  if (answer.body.kind === 'complete') {
    const limited = limitAnswer(answer.body.string, opts.maxResponseBytes, entry.log);
    if (limited.status !== null) answer.headers.set('content-type', 'application/json; charset=utf-8');
    sendText(req, res, limited.status ?? answer.status ?? 200, limited.body, answer.headers);
    return;
  }
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status ?? 200;
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Read the body and run the request through Apollo Server; an unreadable request is answered here. */
async function answerGraphql(apollo: ApolloServer<ApiContext>, req: http.IncomingMessage, res: http.ServerResponse, opts: EndpointOptions, entry: RequestLog): Promise<void> {
  let body: unknown;
  try {
    body = await readJsonBody(req, LIMITS.bodyLimit);
  } catch (e) {
    const answer = unreadableAnswer(e as Error & { status?: number });
    sendJson(req, res, answer.status, answer.body);
    return;
  }
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: apolloRequest(req, body),
    context: async () => createContext({
      db: opts.db,
      analysis: opts.analysis,
      listener: opts.onQuery,
      principal: requestPrincipal(opts.apiKeys, req.headers.authorization, opts.readsRequireKey),
      log: entry.log,
      setOperationName: (n) => void (entry.operation = n),
      projection: opts.projection,
    }),
  });
  await sendApolloAnswer(req, res, answer, opts, entry);
}

export function graphqlEndpoint(apollo: ApolloServer<ApiContext>, opts: EndpointOptions): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const entry = logRequest(opts.logger, req, res, assignRequestId(req, res));
    opts.cors(req, res, (err) => {
      if (err) throw err;
      if (opts.browserPage(req, res)) return;
      answerGraphql(apollo, req, res, opts, entry).catch((e: Error) => {
        entry.log.error({ err: e }, 'internal error answering /graphql');
        if (!res.headersSent) sendJson(req, res, 500, unreadableAnswer(e).body);
        else res.destroy(e);
      });
    });
  };
}
