/**
 * Writing an answer on a plain Node response: the /graphql endpoint (graphql-endpoint.ts) runs
 * without Express, so these are the few things Express's `res` did for it.
 */
import type http from 'node:http';

/** A complete answer in one write: status, headers, Content-Length and the body (none for HEAD). */
export function sendText(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: string, headers: Iterable<[string, string]> = []): void {
  for (const [name, value] of headers) res.setHeader(name, value);
  res.statusCode = status;
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** `value` as JSON (application/json; charset=utf-8). */
export function sendJson(req: http.IncomingMessage, res: http.ServerResponse, status: number, value: unknown): void {
  sendText(req, res, status, JSON.stringify(value), [['Content-Type', 'application/json; charset=utf-8']]);
}
