/**
 * Reading a /graphql request's JSON body on the plain Node request, as Express's `express.json()`
 * read it before (body-parser 2): only `application/json` bodies are read (any other is left for
 * Apollo Server to refuse), the charset must be UTF-8, gzip, deflate and br bodies are inflated, the
 * body is bounded (LIMITS.bodyLimit, counted after inflating), an empty body is `{}`, and the text
 * must be a JSON object or array. On top of that a body that is not valid UTF-8 is refused before it
 * is parsed: decoded as it was, each bad byte became U+FFFD and an ingest stored the damage.
 *
 * Every refusal is an UnreadableRequest with the HTTP status and a message that names the problem
 * (request-errors.ts words the answer).
 */
import { isUtf8 } from 'node:buffer';
import type http from 'node:http';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import contentType from 'content-type';
import getRawBody from 'raw-body';

export class UnreadableRequest extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'UnreadableRequest';
  }
}

/** The body's media type and charset, or null when the header is missing or malformed. */
function mediaTypeOf(req: http.IncomingMessage): { type: string; charset: string | undefined } | null {
  try {
    const parsed = contentType.parse(req);
    return { type: parsed.type, charset: parsed.parameters.charset?.toLowerCase() };
  } catch {
    return null;
  }
}

/** The request stream with its Content-Encoding undone. */
function decoded(req: http.IncomingMessage): Readable {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  switch (encoding) {
    case 'identity': return req;
    case 'gzip': return req.pipe(zlib.createGunzip());
    case 'deflate': return req.pipe(zlib.createInflate());
    case 'br': return req.pipe(zlib.createBrotliDecompress());
    default: throw new UnreadableRequest(415, `unsupported content encoding "${encoding}"`);
  }
}

/** The first character that is not JSON white space (a strict body starts with `{` or `[`). */
function firstSignificant(text: string): string | undefined {
  return /^[ \t\n\r]*([^ \t\n\r])/.exec(text)?.[1];
}

/** Where the first invalid UTF-8 byte is, for the message. */
function firstInvalidByte(body: Buffer): number {
  const text = body.toString('utf8');
  return Buffer.byteLength(text.slice(0, Math.max(0, text.indexOf('\uFFFD'))));
}

/** Raw bytes, bounded; raw-body's errors (too large, aborted, length mismatch) keep their status. */
async function readBytes(req: http.IncomingMessage, limit: string): Promise<Buffer> {
  const stream = decoded(req);
  try {
    // Content-Length counts the bytes sent: it bounds the body only when nothing was inflated.
    return await getRawBody(stream, { limit, length: stream === req ? req.headers['content-length'] : undefined });
  } catch (e) {
    const err = e as Error & { status?: number; type?: string };
    throw new UnreadableRequest(err.status ?? 400, err.type === 'entity.too.large' ? 'request entity too large' : err.message);
  }
}

/**
 * The parsed JSON body, or undefined when there is none to read (GET, HEAD, OPTIONS, or a body that
 * is not `application/json`). Throws UnreadableRequest.
 */
export async function readJsonBody(req: http.IncomingMessage, limit: string): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return undefined;
  // No Content-Length and no Transfer-Encoding: the request has no body at all.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return undefined;
  const media = mediaTypeOf(req);
  if (!media || media.type !== 'application/json') return undefined;
  if (media.charset !== undefined && !media.charset.startsWith('utf-')) throw new UnreadableRequest(415, `unsupported charset "${media.charset.toUpperCase()}"`);
  const bytes = await readBytes(req, limit);
  if (!isUtf8(bytes)) throw new UnreadableRequest(400, `the body is not valid UTF-8 (the first invalid byte is at offset ${firstInvalidByte(bytes)}); send UTF-8 text`);
  const text = bytes.toString('utf8');
  if (text.length === 0) return {};
  const first = firstSignificant(text);
  if (first !== '{' && first !== '[') throw new UnreadableRequest(400, first === undefined ? 'Unexpected end of JSON input' : `Unexpected token '${first}': the body must be a JSON object`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UnreadableRequest(400, (e as Error).message);
  }
}
