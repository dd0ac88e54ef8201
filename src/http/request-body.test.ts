import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonBody, UnreadableRequest } from './request-body.ts';

// A real Node server reading each request with readJsonBody and answering what it read (or the refusal).
let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    readJsonBody(req, '1kb').then(
      (body) => res.end(JSON.stringify({ body: body === undefined ? 'none' : body })),
      (e: UnreadableRequest) => res.end(JSON.stringify({ status: e.status, message: e.message })),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function send(body: Buffer | string, headers: Record<string, string>, method = 'POST') {
  const res = await fetch(url, { method, headers, body: method === 'GET' ? undefined : typeof body === 'string' ? body : new Uint8Array(body) });
  return (await res.json()) as { body?: unknown; status?: number; message?: string };
}
const json = { 'content-type': 'application/json' };

describe('reading a /graphql JSON body without Express', () => {
  it('parses a JSON object, and reads an empty body as {}', async () => {
    expect(await send('{"query":"{ a }"}', json)).toEqual({ body: { query: '{ a }' } });
    expect(await send('', json)).toEqual({ body: {} });
  });

  it('leaves a body that is not application/json, and a GET, to Apollo Server', async () => {
    expect(await send('query=x', { 'content-type': 'text/plain' })).toEqual({ body: 'none' });
    expect(await send('', json, 'GET')).toEqual({ body: 'none' });
  });

  it('inflates gzip and deflate bodies, and bounds the inflated size', async () => {
    expect(await send(zlib.gzipSync('{"a":1}'), { ...json, 'content-encoding': 'gzip' })).toEqual({ body: { a: 1 } });
    expect(await send(zlib.deflateSync('{"a":2}'), { ...json, 'content-encoding': 'deflate' })).toEqual({ body: { a: 2 } });
    const bomb = zlib.gzipSync(`{"a":"${'x'.repeat(5000)}"}`);
    expect(bomb.length).toBeLessThan(1024);
    expect(await send(bomb, { ...json, 'content-encoding': 'gzip' })).toMatchObject({ status: 413 });
  });

  it('refuses, naming the problem: another charset, an unknown encoding, bad UTF-8, a JSON scalar, broken JSON', async () => {
    expect(await send('{}', { 'content-type': 'application/json; charset=latin1' })).toEqual({ status: 415, message: 'unsupported charset "LATIN1"' });
    expect(await send('{}', { ...json, 'content-encoding': 'compress' })).toEqual({ status: 415, message: 'unsupported content encoding "compress"' });
    expect(await send(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), json)).toMatchObject({ status: 400, message: expect.stringMatching(/not valid UTF-8 \(the first invalid byte is at offset 2\)/) });
    expect(await send(' "just a string"', json)).toMatchObject({ status: 400, message: expect.stringMatching(/must be a JSON object/) });
    expect(await send('{"a":', json)).toMatchObject({ status: 400 });
    expect(await send(`{"a":"${'x'.repeat(2000)}"}`, json)).toMatchObject({ status: 413 });
  });
});
