/**
 * A cap on the size of a /graphql answer (LIMITS.maxResponseBytes). The cost limit refuses queries
 * that could answer too much before they run; this catches what data alone makes large (many long
 * texts): the answer is replaced, whole, by a RESPONSE_TOO_LARGE error that names the limit, and
 * the event is logged. Apollo's Express integration sends a complete answer with one res.send().
 */
import type { RequestHandler } from 'express';
import { ErrorCode, httpStatus } from '../model/error-codes.ts';

export function responseLimit(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const size = typeof body === 'string' ? Buffer.byteLength(body) : Buffer.isBuffer(body) ? body.length : 0;
      if (size <= maxBytes) return send(body);
      req.log?.warn({ bytes: size, limit: maxBytes }, 'answer over the response size limit');
      const megabytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`);
      res.status(httpStatus(ErrorCode.RESPONSE_TOO_LARGE)).type('application/json; charset=utf-8');
      return send(JSON.stringify({
        errors: [{
          message: `Response size limit exceeded: the answer would be ${megabytes(size)}; the limit is ${megabytes(maxBytes)}. Ask for fewer items (first, limit) or leave out Document.text.`,
          extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, bytes: size, limit: maxBytes },
        }],
      }));
    };
    next();
  };
}
