/**
 * Issue 16 in a real browser (Chromium): a page on another origin calls the API when its origin is
 * in CORS_ORIGINS and is kept from it otherwise (the page is served by a second local HTTP server on
 * its own port); and the explorer never renders a `javascript:` URL as a link, whatever the data says.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/http/server.ts';
import { start, type E2E } from './browser.ts';

/** A page server on an ephemeral port: every path answers a blank page (the test script does the rest). */
async function pageServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>another origin</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let e: E2E;
beforeAll(async () => {
  e = await start({ seed: false });
}, 240_000);
afterAll(async () => {
  await e?.close();
});

describe('cross-origin use of the API from a browser page (CORS_ORIGINS)', () => {
  let listed: Awaited<ReturnType<typeof pageServer>>;
  let other: Awaited<ReturnType<typeof pageServer>>;
  let api: Service;
  let apiUrl: string;
  beforeAll(async () => {
    listed = await pageServer();
    other = await pageServer();
    api = await createService({ db: e.db, development: false, corsOrigins: [listed.origin] });
    apiUrl = `${await api.listen(0)}/graphql`;
  });
  afterAll(async () => {
    await api?.close();
    await listed?.close();
    await other?.close();
  });

  /** What a fetch from a page on `origin` gets: the JSON answer, or the browser's error. */
  async function fetchFrom(origin: string, headers: Record<string, string>): Promise<{ ok: true; data: unknown } | { ok: false; error: string }> {
    const page = await e.context.newPage();
    try {
      await page.goto(`${origin}/`);
      return await page.evaluate(async ({ url, headers }) => {
        try {
          const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ __typename }' }) });
          return { ok: true as const, data: await res.json() };
        } catch (err) {
          return { ok: false as const, error: String(err) };
        }
      }, { url: apiUrl, headers });
    } finally {
      await page.close();
    }
  }

  it('answers a page on a listed origin, through a real preflight (JSON and an Authorization header)', async () => {
    const r = await fetchFrom(listed.origin, { 'content-type': 'application/json', 'x-request-id': 'from-the-page' });
    expect(r).toEqual({ ok: true, data: { data: { __typename: 'Query' } } });
  });

  it('keeps the answer from a page on an origin not listed', async () => {
    const r = await fetchFrom(other.origin, { 'content-type': 'application/json' });
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/Failed to fetch|TypeError/);
  });
});

describe('the explorer links only to http(s), whatever the data says', () => {
  const ID = 'document:e2e-javascript-url';
  beforeAll(async () => {
    await e.db.write((tx) => tx.run("MERGE (d:Document {id: $id}) SET d.title = 'A document whose URL is a script', d.kind = 'NEWS', d.url = 'javascript:alert(document.domain)', d.text = 'text', d.sha256 = 'x'", { id: ID }));
  });
  afterAll(async () => {
    await e.db.write((tx) => tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: ID }));
  });

  it('shows a javascript: URL as text, not as a link', async () => {
    const { page } = e;
    await page.goto(`${e.service.url}/explorer#/document/${encodeURIComponent(ID)}`);
    await page.getByText('A document whose URL is a script').first().waitFor({ timeout: 60_000 });
    await page.getByText('javascript:alert(document.domain)').first().waitFor();
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(hrefs.length).toBeGreaterThan(0);
  });
});
