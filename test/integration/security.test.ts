/**
 * Issue 16, "what an adversarial review broke": each finding reproduced over HTTP against the real
 * service on the seeded graph, and answered as it should be now. One `describe` per item, numbered
 * as in the issue. (The hostile-input fuzz of hardening.test.ts generates these shapes too.)
 */
import net from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as explorer from '../../src/generated/client/graphql.ts';
import { trustedDocuments } from '../../src/http/operations.ts';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import type { Database } from '../../src/db/database.ts';
import { createService, type Service, type ServiceOptions } from '../../src/http/server.ts';
import { generateKey, parseEntries } from '../../src/http/auth/api-keys.ts';
import { LIMITS } from '../../src/http/plugins/limits.ts';
import { graphFingerprint } from '../support/database.ts';
import { withSeededService, type TestService } from '../support/service.ts';

let db: Database;
let api: TestService;
withSeededService((s) => ({ db, api } = s));

/** A service of its own, with options, on an ephemeral port; closed by the returned function's caller. */
async function serviceWith(opts: Partial<ServiceOptions>): Promise<{ service: Service; url: string }> {
  const service = await createService({ db, development: true, ...opts });
  return { service, url: await service.listen(0) };
}

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as { data?: any; errors?: any[] } };
};

describe('1. cost: every list has a known size, and a query that could answer too much is refused before it runs', () => {
  // The query of the issue, in today's schema (Theme.recommendations is a connection): billions of values.
  const BOMB = '{ themes { recommendations(first: 100) { nodes { inspection { recommendations { themes { recommendations(first: 100) { nodes { text } } } } } } } } }';

  it('refuses the nested-lists bomb with QUERY_TOO_COMPLEX, naming the limit, without a statement', async () => {
    api.resetQueries();
    const r = await api.graphql(BOMB);
    expect(r.status).toBe(400);
    const e = r.body.errors![0];
    expect(e.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(e.message).not.toMatch(/^Syntax Error/);
    expect(e.message).toContain(LIMITS.maxCost.toLocaleString('en-GB'));
    expect(api.queries).toEqual([]);
  });

  it('the issue\'s own query text no longer fits the schema (the lists it multiplied are pages now)', async () => {
    const original = '{ themes { recommendations { inspection { recommendations { themes { recommendations { inspection { documents { text } evidence { quote document { text } } } } } } } } } }';
    const r = await api.graphql(original);
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses ten at once in well under a second each', async () => {
    const started = Date.now();
    const all = await Promise.all(Array.from({ length: 10 }, () => api.graphql(BOMB)));
    expect(all.every((r) => r.status === 400 && r.body.errors![0].extensions.code === 'QUERY_TOO_COMPLEX')).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reads a list size from a variable, and from the operation\'s default for it', async () => {
    const query = 'query($n: Int = 100) { themes { recommendations(first: $n) { nodes { inspection { recommendations { themes { findings(first: $n) { nodes { text } } } } } } } } }';
    expect((await api.graphql(query)).body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await api.graphql(query, { n: 100 })).body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const small = await api.graphql(query, { n: 1 });
    expect(small.body.errors).toBeUndefined();
  });

  it('pages what grows: Theme.recommendations, Policy.inspections and the rest answer totalCount and pages', async () => {
    const r = await api.graphql('{ themes { key recommendations(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } policy(code: "SDS40") { inspections(first: 1) { totalCount nodes { id } } } }');
    expect(r.body.errors).toBeUndefined();
    const mo = r.body.data.themes.find((t: any) => t.key === 'management-oversight');
    expect(mo.recommendations.nodes).toHaveLength(1);
    expect(mo.recommendations.totalCount).toBeGreaterThan(1);
    expect(mo.recommendations.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql('query($a: String) { themes { key recommendations(first: 100, after: $a) { nodes { id } } } }', { a: mo.recommendations.pageInfo.endCursor });
    const rest = next.body.data.themes.find((t: any) => t.key === 'management-oversight').recommendations.nodes;
    expect(rest).toHaveLength(mo.recommendations.totalCount - 1);
    expect(rest.map((n: any) => n.id)).not.toContain(mo.recommendations.nodes[0].id);
    expect(r.body.data.policy.inspections.totalCount).toBeGreaterThan(1);
  });

  it('caps the size of an answer with RESPONSE_TOO_LARGE, naming the limit', async () => {
    const { service, url } = await serviceWith({ maxResponseBytes: 5_000 });
    try {
      const r = await post(url, { query: '{ documents(first: 100) { nodes { text } } }' });
      expect(r.status).toBe(400);
      expect(r.body.errors![0].extensions.code).toBe('RESPONSE_TOO_LARGE');
      expect(r.body.errors![0].message).toMatch(/^Response size limit exceeded: .*; the limit is /);
      expect(r.body.errors![0].extensions.limit).toBe(5_000);
      expect(r.text.length).toBeLessThan(1_000);
    } finally {
      await service.close();
    }
  });
});

describe('2. /metrics labels only known operation names', () => {
  it('keeps 300 made-up names out of /metrics, as "other"', async () => {
    await api.graphql('query A1 { regions { id } }');
    const before = (await (await fetch(`${api.url}/metrics`)).text()).length;
    for (let i = 0; i < 300; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => api.graphql(`query Made${i + j}Up { regions { id } }`)));
    const text = await (await fetch(`${api.url}/metrics`)).text();
    expect(text).not.toMatch(/operation="Made\d+Up"/);
    expect(text).toMatch(/graphql_requests_total\{operation="other",status="200"\} \d+/);
    expect(text).toMatch(/graphql_requests_total\{operation="A1",status="200"\} \d+/);
    // A label set or two more, not three hundred.
    expect(text.length - before).toBeLessThan(5_000);
  });
});

describe('3. one URL rule: nothing but http(s) is stored as a document\'s URL', () => {
  const write = generateKey('write');
  let svc: { service: Service; url: string };
  beforeAll(async () => {
    svc = await serviceWith({ apiKeys: parseEntries(write.entry, 'test') });
  });
  afterAll(async () => {
    await svc?.service.close();
  });
  const text = (url: string) => `URL: ${url}

Cardiff and the Vale PDU rated ‘Good’

Cardiff and the Vale Probation Delivery Unit (PDU) has received an overall rating of ‘Good’ following an inspection by HM Inspectorate of Probation. Fieldwork for this inspection took place in October 2024.
`;
  const ingest = (input: Record<string, unknown>) =>
    post(svc.url, { query: 'mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { status documentId } }', variables: { i: input } }, { authorization: `Bearer ${write.key}` });

  it('drops a javascript: URL given on the text\'s URL: line', async () => {
    const r = await ingest({ text: text('javascript:alert(document.domain)') });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    const id = r.body.data.ingestDocument.documentId;
    const doc = await api.graphql('query($id: ID!) { document(id: $id) { url } }', { id });
    expect(doc.body.data.document).toEqual({ url: null });
  });

  it('refuses one given as the url input, naming it', async () => {
    const r = await ingest({ text: text('https://example.org/2024/10/x'), url: 'javascript:alert(1)' });
    expect(r.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].message).toMatch(/url: expected an http or https URL/);
  });
});

describe('4. prototype keys never reach a lookup table or Cypher', () => {
  const ids = ['constructor:x', '__proto__:x', 'toString:x', 'hasOwnProperty:x', 'valueOf:', 'constructor', ':x', 'pdu:', 'PDU:leeds', 'pdu:leeds)', 'pdu:leeds {'];
  it.each(ids)('node(id: %j) is null, as an unknown id is, with no statement run', async (id) => {
    api.resetQueries();
    const r = await api.graphql('query($id: ID!) { node(id: $id) { id } neighbourhood(id: $id) { nodes { id } } }', { id });
    expect(r.body).toEqual({ data: { node: null, neighbourhood: null } });
    expect(api.queries).toEqual([]);
  });
});

describe('5. forged cursors are BAD_USER_INPUT', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const forged = [b64('offset:1e20'), b64('offset:'), b64('offset:-1'), b64('offset:1.5'), b64('offset:01'), b64('offset:99999999999'), b64('offset: 1'), b64('OFFSET:1'), 'b2Zmc2V0OjE', `${b64('offset:1')}!`, 'not a cursor', ''];
  it.each(forged)('after: %j', async (after) => {
    for (const query of ['query($a: String) { people(first: 2, after: $a) { totalCount } }', 'query($a: String) { themes { recommendations(after: $a) { totalCount } } }']) {
      const r = await api.graphql(query, { a: after });
      expect(r.body.errors?.[0]?.extensions?.code, `${query} ${after}`).toBe('BAD_USER_INPUT');
      expect(r.body.errors![0].message).toMatch(/Invalid argument "after"/);
    }
  });

  it('a cursor the API wrote still works', async () => {
    const first = await api.graphql('{ people(first: 2) { pageInfo { endCursor } nodes { id } } }');
    const next = await api.graphql('query($a: String) { people(first: 2, after: $a) { nodes { id } } }', { a: first.body.data.people.pageInfo.endCursor });
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data.people.nodes[0].id).not.toBe(first.body.data.people.nodes[1].id);
  });
});

describe('6. a body that is not valid UTF-8 is refused before it is parsed', () => {
  it('answers 400 BAD_REQUEST naming UTF-8, and stores nothing', async () => {
    const before = await graphFingerprint(db);
    const body = Buffer.concat([Buffer.from('{"query":"{ search(text: \\"'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('\\") { snippet } }"}')]);
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    const json = (await res.json()) as any;
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toMatch(/not valid UTF-8/);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('7. aliases are counted, __typename included', () => {
  it('refuses 600 __typename aliases and accepts 15', async () => {
    const many = await api.graphql(`{ ${Array.from({ length: 600 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(many.status).toBe(400);
    expect(many.body.errors![0].message).toMatch(/^Aliases limit of 15 exceeded, found 600/);
    const fifteen = await api.graphql(`{ ${Array.from({ length: 15 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(fifteen.body.errors).toBeUndefined();
  });
});

describe('8. operations: internal errors are logged with the request id and stack; paths are real', () => {
  it('logs an internal error (not in the answer) and the request path /graphql', async () => {
    const lines: any[] = [];
    const sink = new Writable({ write: (chunk, _e, done) => { lines.push(JSON.parse(String(chunk))); done(); } });
    const { createDriver } = await import('../../src/db/driver.ts');
    const { Database: Db } = await import('../../src/db/database.ts');
    // A real internal failure: a database that does not exist.
    const broken = new Db(createDriver({ uri: inject('neo4jUri'), user: 'neo4j', database: 'no-such-database' }), 'no-such-database', 5_000);
    const service = await createService({ db: broken, development: false, logger: pino({ level: 'info' }, sink) });
    const url = await service.listen(0);
    try {
      const r = await post(url, { query: '{ regions { name } }' }, { 'x-request-id': 'trace-internal-1' });
      expect(r.text).not.toMatch(/stacktrace|at .*\.ts/);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const logged = lines.find((l) => l.msg === 'internal error');
      expect(logged, JSON.stringify(lines)).toBeDefined();
      expect(logged.requestId).toBe('trace-internal-1');
      expect(logged.err.stack).toMatch(/\n\s+at /);
      expect(lines.find((l) => l.msg === 'request')).toMatchObject({ path: '/graphql', requestId: 'trace-internal-1' });
    } finally {
      await service.close();
      await broken.close();
    }
  });
});

describe('9. a slow-header client is cut at the configured time, not 30 s later', () => {
  it('closes a connection that dribbles headers with 408 within the time-out and a second', async () => {
    const { service, url } = await serviceWith({ timeouts: { headersMs: 1_500 } });
    try {
      const { port } = new URL(url);
      const started = Date.now();
      const answer = await new Promise<string>((resolve) => {
        let got = '';
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('GET /health HTTP/1.1\r\nHost: x\r\n'));
        const timer = setInterval(() => socket.write('X-Slow: a\r\n'), 200);
        socket.on('data', (d) => (got += String(d)));
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearInterval(timer);
          resolve(got);
        });
      });
      const seconds = (Date.now() - started) / 1000;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(seconds).toBeGreaterThanOrEqual(1.4);
      expect(seconds).toBeLessThan(3);
    } finally {
      await service.close();
    }
  });
});

describe('10. production: no landing page from elsewhere', () => {
  it('answers a browser opening /graphql with a page of its own, loading nothing', async () => {
    const { service, url } = await serviceWith({ development: false });
    try {
      const res = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/<script|<link/);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    } finally {
      await service.close();
    }
  });
});

describe('11. CORS by design: listed origins only, CSRF kept for the rest', () => {
  const listed = 'http://localhost:5999';
  const preflight = (url: string, origin: string) => fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });

  it('answers a listed origin\'s preflight, and its request, with CORS headers and credentials allowed', async () => {
    const { service, url } = await serviceWith({ corsOrigins: [listed] });
    try {
      const res = await preflight(url, listed);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(listed);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(res.headers.get('vary')).toMatch(/Origin/);
      const r = await post(url, { query: '{ regions { id } }' }, { origin: listed });
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBe(listed);
    } finally {
      await service.close();
    }
  });

  it('refuses an unlisted origin\'s preflight with 403 and no CORS headers; its simple requests still meet the CSRF check', async () => {
    const { service, url } = await serviceWith({ corsOrigins: [listed] });
    try {
      const res = await preflight(url, 'http://evil.example');
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(((await res.json()) as any).errors[0].message).toMatch(/not in CORS_ORIGINS/);
      const simple = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: JSON.stringify({ query: '{ regions { id } }' }) });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    } finally {
      await service.close();
    }
  });

  it('with no list (the default) refuses every cross-origin preflight', async () => {
    const res = await preflight(api.url, listed);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never allows credentials with a wildcard', async () => {
    const { service, url } = await serviceWith({ corsOrigins: ['*'] });
    try {
      const res = await preflight(url, 'http://anywhere.example');
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await service.close();
    }
  });
});

describe('13. stack traces only when asked for', () => {
  const forged = Buffer.from('offset:x').toString('base64');
  const internal = { query: 'query($id: ID!) { pdu(id: $id) { name } }', variables: { id: 'pdu:leeds' } };

  it('development answers carry no stacktrace by default', async () => {
    const r = await api.graphql(`{ pdus(after: "${forged}") { totalCount } }`);
    expect(JSON.stringify(r.body)).not.toMatch(/stacktrace/);
  });

  it('STACKTRACES=true adds them', async () => {
    const { service, url } = await serviceWith({ stacktraces: true });
    try {
      const r = await post(url, { query: `{ pdus(after: "${forged}") { totalCount } }` });
      expect(r.body.errors![0].extensions.stacktrace).toBeDefined();
      expect((await post(url, internal)).body.errors).toBeUndefined();
    } finally {
      await service.close();
    }
  });
});

describe('11b. trusted documents: production can run only what its front-ends send', () => {
  it('answers the explorer\'s documents and a manifest\'s, however spaced, and refuses any other query before it runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trusted-'));
    const manifest = path.join(dir, 'persisted-documents.json');
    const other = 'query OtherFrontEnd { regions { name } }';
    writeFileSync(manifest, JSON.stringify({ abc: other }));
    const { service, url } = await serviceWith({ trustedDocuments: { manifests: [manifest] } });
    try {
      const directory = Object.values(explorer).find((v) => v instanceof explorer.TypedDocumentString && /query ExplorerDirectory\b/.test(String(v)));
      const mine = await post(url, { query: String(directory) });
      expect(mine.body.errors).toBeUndefined();
      expect((await post(url, { query: other.replace(/ /g, '\n  ') })).body.errors).toBeUndefined();
      const refused = await post(url, { query: '{ pdus(first: 1) { totalCount } }' });
      expect(refused.status).toBe(400);
      expect(refused.body.errors![0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
      expect(refused.body.data).toBeUndefined();
    } finally {
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a manifest it cannot read', () => {
    expect(() => trustedDocuments(['no/such/manifest.json'])).toThrow(/trusted documents manifest no\/such\/manifest.json/);
  });
});
