/**
 * Every request gets an id: the caller's X-Request-Id when it is a sensible token (so ids can be
 * followed across services), otherwise a new UUID. It is echoed in the X-Request-Id response header
 * and appears on every log line about the request.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { RequestHandler } from 'express';

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
  }
}

/** The request's id, set on the response's X-Request-Id header. */
export function assignRequestId(req: http.IncomingMessage, res: http.ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The same for the Express app's routes (pages and probes). */
export const requestId: RequestHandler = (req, res, next) => {
  req.id = assignRequestId(req, res);
  next();
};
