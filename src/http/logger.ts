/**
 * Structured JSON logs (pino): one line per request with its id, method, path (without the query
 * string, which may hold a query's variables), status, duration and GraphQL operation; resolvers and
 * plugins log through a child logger that carries the same request id (an internal error is logged
 * there with its stack: src/http/plugins/observability.ts).
 */
import type http from 'node:http';
import pino, { type Logger } from 'pino';
import type { RequestHandler } from 'express';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'probation-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

declare module 'express-serve-static-core' {
  interface Request {
    log: Logger;
  }
}

/** One request's log: its child logger, and the GraphQL operation once Apollo has named it. */
export interface RequestLog {
  log: Logger;
  operation?: string;
}

/** Start a request's log; its line is written when the answer has been sent. */
export function logRequest(logger: Logger, req: http.IncomingMessage, res: http.ServerResponse, id: string): RequestLog {
  const started = process.hrtime.bigint();
  // Read now: a router mounted on a path (Express) rewrites req.url while it runs.
  const path = (req.url ?? '').split('?')[0];
  const entry: RequestLog = { log: logger.child({ requestId: id }) };
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    entry.log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, operation: entry.operation }, 'request');
  });
  return entry;
}

/** The same for the Express app's routes (pages and probes). */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    req.log = logRequest(logger, req, res, req.id).log;
    next();
  };
}
