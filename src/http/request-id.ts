/**
 * Every request gets an id: the caller's X-Request-Id when it is a sensible token (so ids can be
 * followed across services), otherwise a new UUID. It is echoed in the X-Request-Id response header
 * and appears on every log line about the request.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
  }
}

export const requestId: RequestHandler = (req, res, next) => {
  const given = req.header('x-request-id');
  req.id = given && SAFE.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
};
