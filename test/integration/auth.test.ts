/**
 * The auth matrix, over real HTTP: every mutation × {no key, read key, write key, wrong key}; only
 * the write key writes. And reads made to need a key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.ts';
import { createService, type Service } from '../../src/http/server.ts';
import { generateKey, parseEntries } from '../../src/http/auth/api-keys.ts';
import { graphFingerprint, openTestDatabase, resetAndSeed } from '../support/database.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const writeKey = generateKey('write');
const readKey = generateKey('read');
const keys = parseEntries(`${writeKey.entry},${readKey.entry}`, 'test keys');

let db: Database;
let open: Service;
let closed: Service;
let openUrl: string;
let closedUrl: string;
let text: string;

beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
  text = await readFile(path.join(root, 'seeds/ingest/12-sunderland-pdu-requires-improvement.txt'), 'utf8');
  open = await createService({ db, development: true, apiKeys: keys });
  closed = await createService({ db, development: true, apiKeys: keys, readsRequireKey: true });
  openUrl = `${await open.listen(0)}/graphql`;
  closedUrl = `${await closed.listen(0)}/graphql`;
});
afterAll(async () => {
  await open?.close();
  await closed?.close();
  await db?.close();
});

async function post(url: string, query: string, variables: Record<string, unknown>, key?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const MUTATIONS: Record<string, { query: string; variables: () => Record<string, unknown> }> = {
  ingestDocument: {
    query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status createdInspections } }',
    variables: () => ({ input: { text } }),
  },
};

describe('auth matrix', () => {
  for (const [name, m] of Object.entries(MUTATIONS)) {
    const cases: [string, string | undefined, string | null][] = [
      ['no key', undefined, 'UNAUTHENTICATED'],
      ['a read key', readKey.key, 'FORBIDDEN'],
      ['a wrong key', 'pgk_not-a-key', 'UNAUTHENTICATED'],
      ['a write key', writeKey.key, null],
    ];
    for (const [who, key, code] of cases) {
      it(`${name} with ${who}: ${code ?? 'writes'}`, async () => {
        await resetAndSeed(db);
        const before = await graphFingerprint(db);
        const r = await post(openUrl, m.query, m.variables(), key);
        if (code) {
          expect(r.body.errors?.[0]?.extensions?.code).toBe(code);
          expect(r.status).toBe(code === 'FORBIDDEN' ? 403 : 401);
          expect(await graphFingerprint(db)).toEqual(before);
        } else {
          expect(r.body.errors).toBeUndefined();
          expect(r.body.data.ingestDocument.status).toBe('CREATED');
          expect(await graphFingerprint(db)).not.toEqual(before);
        }
      });
    }
  }
});

describe('reads', () => {
  it('are open by default, but a wrong key is still refused', async () => {
    expect((await post(openUrl, '{ regions { name } }', {})).body.data.regions).toHaveLength(12);
    expect((await post(openUrl, '{ regions { name } }', {}, 'pgk_wrong')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('need a key when READS_REQUIRE_KEY is set: read and write keys both read', async () => {
    const none = await post(closedUrl, '{ regions { name } }', {});
    expect(none.status).toBe(401);
    expect(none.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(closedUrl, '{ regions { name } }', {}, readKey.key)).body.data.regions).toHaveLength(12);
    expect((await post(closedUrl, '{ regions { name } }', {}, writeKey.key)).body.data.regions).toHaveLength(12);
  });
});

describe('ingestDocument', () => {
  it('dry run reports and writes nothing; a real run creates once; the same text again is UNCHANGED', async () => {
    await resetAndSeed(db);
    const before = await graphFingerprint(db);
    const q = 'mutation($input: IngestDocumentInput!, $dry: Boolean) { ingestDocument(input: $input, dryRun: $dry) { status dryRun documentId createdPdus createdInspections } }';
    const dry = await post(openUrl, q, { input: { text }, dry: true }, writeKey.key);
    expect(dry.body.data.ingestDocument).toMatchObject({ status: 'CREATED', dryRun: true });
    // Sunderland is a PDU the seeds know (seeds/facts/pdus.yaml); its inspection is what the document adds.
    expect(dry.body.data.ingestDocument.createdPdus).toEqual([]);
    expect(dry.body.data.ingestDocument.createdInspections).toEqual([expect.stringMatching(/^inspection:sunderland:/)]);
    expect(await graphFingerprint(db)).toEqual(before);
    const real = await post(openUrl, q, { input: { text }, dry: false }, writeKey.key);
    expect(real.body.data.ingestDocument).toMatchObject({ status: 'CREATED', dryRun: false });
    // The write is visible to the next read (bookmarks).
    const pdu = await post(openUrl, '{ pdu(id: "pdu:sunderland") { name inspections { rating evidence { quote } } } }', {});
    expect(pdu.body.data.pdu.inspections[0].rating).toBe('REQUIRES_IMPROVEMENT');
    const again = await post(openUrl, q, { input: { text }, dry: false }, writeKey.key);
    expect(again.body.data.ingestDocument.status).toBe('UNCHANGED');
  });

  it('answers bad input and texts without an inspection with clear codes, writing nothing', async () => {
    const before = await graphFingerprint(db);
    const q = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }';
    const empty = await post(openUrl, q, { input: { text: '   ' } }, writeKey.key);
    expect(empty.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const binary = await post(openUrl, q, { input: { text: 'abc\u0000\u0001def' } }, writeKey.key);
    expect(binary.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const nothing = await post(openUrl, q, { input: { text: 'The weather in Leeds was fine today. Nothing else happened.' } }, writeKey.key);
    expect(nothing.body.errors[0].extensions.code).toBe('NOTHING_FOUND');
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
