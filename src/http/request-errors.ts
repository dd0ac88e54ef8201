/**
 * A request that could not be read (malformed JSON, a body over the limit, a charset or encoding we
 * do not read) gets a GraphQL-shaped error with a code, not an HTML page: on /graphql
 * (graphql-endpoint.ts) and as the Express app's last error handler.
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

/** The status and the GraphQL-shaped body that answer an error met while reading a request. */
export function unreadableAnswer(err: Error & { status?: number }): { status: number; body: { errors: Array<{ message: string; extensions: { code: ErrorCode } }> } } {
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : httpStatus(ErrorCode.INTERNAL_SERVER_ERROR);
  const code = codeFor(status);
  return { status, body: { errors: [{ message: messageFor(code, err), extensions: { code } }] } };
}

export const requestErrors: express.ErrorRequestHandler = (err: Error & { status?: number }, _req, res, next) => {
  if (res.headersSent) return next(err);
  const answer = unreadableAnswer(err);
  res.status(answer.status).json(answer.body);
};
