/**
 * The last Express error handler: a request Express could not read (malformed JSON, a body over the
 * limit) gets a GraphQL-shaped error with a code, not an HTML page.
 */
import type express from 'express';
import { ErrorCode, httpStatus } from '../model/error-codes.ts';
import { LIMITS } from './plugins/limits.ts';

function codeFor(status: number): ErrorCode {
  if (status === httpStatus(ErrorCode.PAYLOAD_TOO_LARGE)) return ErrorCode.PAYLOAD_TOO_LARGE;
  return status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_SERVER_ERROR;
}

function messageFor(code: ErrorCode, err: Error): string {
  if (code === ErrorCode.PAYLOAD_TOO_LARGE) return `the request body is larger than ${LIMITS.bodyLimit}`;
  return code === ErrorCode.BAD_REQUEST ? `the request could not be read: ${err.message}` : 'Internal server error';
}

export const requestErrors: express.ErrorRequestHandler = (err: Error & { status?: number }, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : httpStatus(ErrorCode.INTERNAL_SERVER_ERROR);
  const code = codeFor(status);
  res.status(status).json({ errors: [{ message: messageFor(code, err), extensions: { code } }] });
};
