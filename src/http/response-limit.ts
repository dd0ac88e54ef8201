/**
 * A cap on the size of a /graphql answer (LIMITS.maxResponseBytes). The cost limit refuses queries
 * that could answer too much before they run; this catches what data alone makes large (many long
 * texts): the answer is replaced, whole, by a RESPONSE_TOO_LARGE error that names the limit, and
 * the event is logged. The endpoint (graphql-endpoint.ts) sends a complete answer in one write, so
 * the whole answer is known before anything is sent.
 */
import type { Logger } from 'pino';
import { ErrorCode, httpStatus } from '../model/error-codes.ts';

const megabytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`);

/** The answer as it is when within `maxBytes`; otherwise the RESPONSE_TOO_LARGE error in its place. */
export function limitAnswer(body: string, maxBytes: number, log?: Logger): { status: number | null; body: string } {
  // A UTF-8 string is at most 3 bytes per UTF-16 unit: most answers are known to fit without counting.
  if (body.length * 3 <= maxBytes) return { status: null, body };
  const size = Buffer.byteLength(body);
  if (size <= maxBytes) return { status: null, body };
  log?.warn({ bytes: size, limit: maxBytes }, 'answer over the response size limit');
  return {
    status: httpStatus(ErrorCode.RESPONSE_TOO_LARGE),
    body: JSON.stringify({
      errors: [{
        message: `Response size limit exceeded: the answer would be ${megabytes(size)}; the limit is ${megabytes(maxBytes)}. Ask for fewer items (first, limit) or leave out Document.text.`,
        extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, bytes: size, limit: maxBytes },
      }],
    }),
  };
}
