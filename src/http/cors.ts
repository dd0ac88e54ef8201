/**
 * Cross-origin use of /graphql, by design (the `cors` package, on the plain Node request): web pages on the
 * origins listed in CORS_ORIGINS may call the API from a browser; every other origin gets no CORS
 * headers, so the browser keeps the answer from it. A preflight (OPTIONS) is answered here, 204,
 * and never reaches Apollo Server, whose CSRF prevention stays on for every request: a simple
 * cross-site request (a form post, text/plain) from any origin is still refused with 400.
 *
 * Credentials (cookies, HTTP authentication) are allowed for listed origins, never with `*`, which
 * a browser would refuse anyway. The API's own credential is the Authorization header, which is
 * allowed as a request header either way.
 */
import type http from 'node:http';
import cors from 'cors';
import { ErrorCode, httpStatus } from '../model/error-codes.ts';
import { sendJson } from './respond.ts';

/** A step on a plain Node request: it answers, or calls `next` to go on. */
export type Step = (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void;

/** Request headers a client may send across origins: JSON, an API key, Apollo's CSRF headers, a request id. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];
/** Response headers a page may read: the request id, and when to retry a busy service. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];

export function corsFor(origins: readonly string[]): Step {
  const any = origins.includes('*');
  const listed = new Set(origins);
  const allowed = (origin: string | undefined) => origin !== undefined && (any || listed.has(origin));
  const handler = cors({
    origin: any ? '*' : (origin, done) => done(null, allowed(origin)),
    credentials: !any,
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    // Browsers cache a preflight for at most this long (Chromium caps it at 2 hours).
    maxAge: 600,
  });
  return (req, res, next) => {
    const origin = req.headers.origin;
    // A preflight from an origin not listed: say so plainly (it once met Apollo's CSRF check, 400).
    if (req.method === 'OPTIONS' && origin !== undefined && !allowed(origin)) {
      const code = ErrorCode.FORBIDDEN;
      sendJson(req, res, httpStatus(code), { errors: [{ message: `Cross-origin requests from ${origin} are not allowed: it is not in CORS_ORIGINS`, extensions: { code } }] });
      return;
    }
    handler(req, res, next);
  };
}
