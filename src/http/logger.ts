/**
 * Structured JSON logs (pino): one line per request with its id, method, path (without the query
 * string, which may hold a query's variables), status, duration and GraphQL operation; resolvers and
 * plugins log through a child logger that carries the same request id (an internal error is logged
 * there with its stack: src/http/plugins/observability.ts).
 */
import pino, { type Logger } from 'pino';
import type { RequestHandler } from 'express';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'probation-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

declare module 'express-serve-static-core' {
  interface Request {
    log: Logger;
    operationName?: string;
  }
}

export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    req.log = logger.child({ requestId: req.id });
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // originalUrl: inside a mounted router (`/graphql`) `req.path` is relative to the mount point (`/`).
      const path = req.originalUrl.split('?')[0];
      req.log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10, operation: req.operationName }, 'request');
    });
    next();
  };
}
