/**
 * Ingesting press releases and news reports into the seeded graph, against a real Neo4j: the
 * documents of seeds/ingest/ (open-licence texts, and news reports as quoted records), twice (the
 * second run changes nothing), one inspection per inspection however many documents report it,
 * matching against seeded inspections (filling in what the seeds leave unstated), name resolution,
 * conflicts kept apart, dry runs, all-or-nothing transactions and refused input.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument, ingestFiles, ingestPrepared, IngestError, MAX_INPUT_BYTES, type IngestFileResult, type IngestReport } from '../../src/sources/ingest/load.ts';
import { preparedFromQuoted, type QuotedRecord } from '../../src/sources/ingest/quoted.ts';
import { checkGraph } from '../../src/graph/invariants.ts';
import { graphFingerprint, openTestDatabase, resetAndSeed } from '../support/database.ts';
import { loadKnowledge } from '../../src/sources/seed/vocabulary.ts';

const knowledge = await loadKnowledge();


const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INGEST_DIR = path.join(root, 'seeds/ingest');
const NEWS_DIR = path.join(INGEST_DIR, 'news');
const SEED_DOCS = path.join(root, 'seeds/documents');

let db: Database;
let files: string[];
let records: string[];
const reports = new Map<string, IngestReport>();

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const r = await db.query(cypher, params);
  return r.records.map((x) => x.toObject());
}

/** The inspection a document REPORTS for a PDU (by PDU id). */
async function reportedInspection(file: string, pduId: string): Promise<string[]> {
  const r = reports.get(file)!;
  const x = await rows(
    'MATCH (d:Document {id: $doc})-[:REPORTS]->(i:Inspection)-[:OF]->(p:PDU {id: $pdu}) RETURN i.id AS id',
    { doc: r.document.id, pdu: pduId },
  );
  return x.map((y) => y.id as string);
}

/** A document of the corpus by the number its file name starts with: an open-licence text or a news record. */
const byName = (prefix: string) => [...files, ...records].find((f) => path.basename(f).startsWith(prefix))!;

/** The whole corpus, as the default graph loads it: the texts, then the news records. */
async function ingestCorpus(): Promise<IngestFileResult[]> {
  const fromTexts = await ingestFiles(db, files, knowledge);
  const quoted = await Promise.all(records.map(async (f) => preparedFromQuoted(JSON.parse(await readFile(f, 'utf8')) as QuotedRecord, f)));
  return [...fromTexts, ...(await ingestPrepared(db, quoted, knowledge))];
}

beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
  files = (await readdir(INGEST_DIR)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(INGEST_DIR, f));
  records = (await readdir(NEWS_DIR)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(NEWS_DIR, f));
});
afterAll(async () => {
  await db.close();
});

describe('ingesting the corpus of seeds/ingest', () => {
  it('loads every document, each all-or-nothing, together', async () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(records.length).toBeGreaterThanOrEqual(7);
    const t0 = performance.now();
    const results = await ingestCorpus();
    const seconds = (performance.now() - t0) / 1000;
    for (const r of results) {
      expect(r.error, r.path).toBeUndefined();
      expect(r.ok).toBe(true);
      expect(r.report!.status).toBe('created');
      reports.set(r.path, r.report!);
    }
    process.stderr.write(`ingested ${results.length} documents (extract + plan + write) in ${seconds.toFixed(2)} s: ${(results.length / seconds).toFixed(1)} documents/s\n`);
  }, 300_000);

  it('changes nothing when the same documents are ingested again', async () => {
    const before = await graphFingerprint(db);
    const again = await ingestCorpus();
    for (const r of again) {
      expect(r.ok).toBe(true);
      expect(r.report!.status).toBe('unchanged');
      expect(r.report!.document.id).toBe(reports.get(r.path)!.document.id);
    }
    expect(await graphFingerprint(db)).toEqual(before);
  }, 300_000);

  it('keeps one inspection of Kirklees 2024 for the press release and the news report of it', async () => {
    const [pr] = await reportedInspection(byName('69-'), 'pdu:kirklees');
    const news = await reportedInspection(byName('71-'), 'pdu:kirklees');
    expect(pr).toBeDefined();
    expect(news).toEqual([pr]);
    // It follows the 2023 inspection (37), which is a different one.
    const [earlier] = await reportedInspection(byName('37-'), 'pdu:kirklees');
    expect(earlier).not.toBe(pr);
    const follows = await rows('MATCH (:Inspection {id: $id})-[:FOLLOWS]->(p:Inspection) RETURN p.id AS id', { id: pr });
    expect(follows).toEqual([{ id: earlier }]);
    // The Dewsbury Reporter piece quotes Justin Russell on staff workloads: the 2023 inspection.
    expect(await reportedInspection(byName('70-'), 'pdu:kirklees')).toEqual([earlier]);
    const evidence = await rows(
      'MATCH (:Inspection {id: $id})-[:EVIDENCED_BY]->(d:Document) RETURN collect(DISTINCT d.id) AS docs', { id: pr },
    );
    expect((evidence[0]!.docs as string[]).sort()).toEqual([reports.get(byName('69-'))!.document.id, reports.get(byName('71-'))!.document.id].sort());
    // Martin Jones's words, printed by both: one Quote, evidenced by both documents.
    const quotes = await rows(`MATCH (:Person {id: 'person:martin-jones'})-[:SAID]->(q:Quote)-[:ABOUT]->(:Inspection {id: $id})
      WHERE q.text STARTS WITH 'A reduction in staff sickness'
      RETURN q.id AS id, COUNT { (q)-[:EVIDENCED_BY]->(:Document) } AS docs`, { id: pr });
    expect(quotes).toEqual([{ id: expect.any(String), docs: 2 }]);
  });

  it('keeps one inspection per London PDU for the press release and two news reports (16, 17, 18)', async () => {
    for (const pdu of ['pdu:lewisham-and-bromley', 'pdu:newham', 'pdu:barking-dagenham-and-havering']) {
      const ids = await rows('MATCH (i:Inspection)-[:OF]->(:PDU {id: $pdu}) RETURN i.id AS id', { pdu });
      expect(ids, pdu).toHaveLength(1);
      const id = ids[0]!.id as string;
      for (const f of ['16-', '17-', '18-']) expect(await reportedInspection(byName(f), pdu), `${f} ${pdu}`).toEqual([id]);
      const docs = await rows('MATCH (:Inspection {id: $id})-[:EVIDENCED_BY]->(d:Document) RETURN count(DISTINCT d) AS n', { id });
      expect(docs[0]!.n).toBe(3);
    }
    // 17 states the publication date, which 16 (dated only by its URL) did not: filled in.
    const lewisham = await rows(`MATCH (i:Inspection)-[:OF]->(:PDU {id: "pdu:lewisham-and-bromley"})
      RETURN i.rating AS rating, i.publishedOn AS publishedOn, i.fieldworkFrom AS fieldworkFrom, i.reportedIn AS reportedIn`);
    expect(lewisham[0]).toEqual({ rating: 'INADEQUATE', publishedOn: '2022-11-23', fieldworkFrom: null, reportedIn: '2022-11' });
  });

  it('keeps one inspection per Greater Manchester PDU across the press releases and news (25-29)', async () => {
    for (const [pdu, docs] of [
      ['pdu:manchester-north', ['25-', '26-', '27-']],
      ['pdu:tameside', ['26-', '27-', '28-']],
      ['pdu:wigan', ['26-', '27-', '29-']],
    ] as const) {
      const ids = await rows('MATCH (i:Inspection)-[:OF]->(:PDU {id: $pdu}) RETURN i.id AS id, i.rating AS rating, i.publishedOn AS published', { pdu });
      expect(ids, pdu).toHaveLength(1);
      expect(ids[0]).toMatchObject({ rating: 'REQUIRES_IMPROVEMENT', published: '2023-05-25' });
      for (const f of docs) expect(await reportedInspection(byName(f), pdu), `${f} ${pdu}`).toEqual([ids[0]!.id]);
    }
    const region = await rows('MATCH (:PDU {id: "pdu:tameside"})-[:IN_REGION]->(r:Region) RETURN r.id AS id');
    expect(region).toEqual([{ id: 'region:greater-manchester' }]);
  });

  it('matches the 2023 LLR press release (05) to the seeded 2022 inspection, and fills in the publication date the seeds leave unstated', async () => {
    const id = 'inspection:leicester-leicestershire-and-rutland:2022-11';
    expect(await reportedInspection(byName('05-'), 'pdu:leicester-leicestershire-and-rutland')).toEqual([id]);
    const r = reports.get(byName('05-'))!;
    expect(r.created.inspections).toEqual([]);
    expect(r.updated.inspections).toEqual([id]);
    // "also published on 09 February 2023": stated, so stored, with its basis; the curated values stay.
    expect(r.filled).toContainEqual({ inspection: id, field: 'publishedOn', value: '2023-02-09' });
    const i = await rows('MATCH (i:Inspection {id: $id}) RETURN i.rating AS rating, i.fieldworkFrom AS f, i.fieldworkTo AS t, i.publishedOn AS p, i.publishedOnBasis AS b', { id });
    expect(i[0]).toEqual({ rating: 'INADEQUATE', f: '2022-11', t: '2022-12', p: '2023-02-09', b: 'STATED' });
    // A reload of the seeds keeps what the document stated (the seeds do not state it).
    const { loadSeeds } = await import('../../src/sources/seed/load.ts');
    await loadSeeds(db);
    expect((await rows('MATCH (i:Inspection {id: $id}) RETURN i.publishedOn AS p', { id }))[0]).toEqual({ p: '2023-02-09' });
    const ev = await rows('MATCH (:Inspection {id: $id})-[e:EVIDENCED_BY]->(:Document {id: $doc}) RETURN e.about AS about, e.quote AS quote', { id, doc: r.document.id });
    expect(ev.map((e) => e.about as string).join(', ')).toMatch(/published/);
    // Two inspections; any other is flagged for review as a possible duplicate (an undated news report), never merged on a guess.
    const all = await rows('MATCH (i:Inspection)-[:OF]->(:PDU {id: "pdu:leicester-leicestershire-and-rutland"}) WHERE NOT EXISTS { (i)-[:POSSIBLE_DUPLICATE_OF]->() } RETURN count(i) AS n');
    expect(all[0]!.n).toBe(2);
  });

  it('matches the 2023 North and North East Lincolnshire press release (39) to the seeded 2023 inspection, with its publication date', async () => {
    const id = 'inspection:north-and-north-east-lincolnshire:reported-2023-03';
    expect(await reportedInspection(byName('39-'), 'pdu:north-and-north-east-lincolnshire')).toEqual([id]);
    const [i] = await rows('MATCH (i:Inspection {id: $id}) RETURN i.fieldworkFrom AS f, i.fieldworkBasis AS basis, i.publishedOn AS p', { id });
    expect(i).toEqual({ f: null, basis: 'DERIVED', p: '2023-03-30' });
  });

  it('places the documents on the PDUs the seeds know, in their regions, with the documents\' words as evidence', async () => {
    const r = await rows(`MATCH (p:PDU) WHERE p.id IN ['pdu:kirklees', 'pdu:south-tyneside-and-gateshead', 'pdu:lambeth', 'pdu:north-wales']
      OPTIONAL MATCH (p)-[:IN_REGION]->(r:Region) RETURN p.id AS id, p.name AS name, r.id AS region,
        COUNT { (p)-[:EVIDENCED_BY]->(:Document) } > 0 AS evidenced ORDER BY id`);
    expect(r).toEqual([
      { id: 'pdu:kirklees', name: 'Kirklees', region: 'region:yorkshire-and-the-humber', evidenced: true },
      { id: 'pdu:lambeth', name: 'Lambeth', region: 'region:london', evidenced: true },
      { id: 'pdu:north-wales', name: 'North Wales', region: 'region:wales', evidenced: true },
      { id: 'pdu:south-tyneside-and-gateshead', name: 'South Tyneside and Gateshead', region: 'region:north-east', evidenced: true },
    ]);
    expect([...reports.values()].flatMap((x) => x.created.pdus)).toEqual([]);
    const people = await rows(`MATCH (p:Person {id: 'person:justin-russell'})-[h:HELD]->(o:Organisation) RETURN h.title AS title, o.id AS org`);
    expect(people).toEqual([{ title: 'Chief Inspector of Probation', org: 'organisation:hm-inspectorate-of-probation' }]);
    // Authors of news reports are not stored as people.
    expect(await rows(`MATCH (p:Person) WHERE p.name IN ['Abigail Marlow', 'Sophie Halle-Richards'] RETURN p.id`)).toEqual([]);
  });

  it('leaves the graph sound: every evidence quote is at its offsets, every fact has evidence, no duplicates by name', async () => {
    const ev = await rows('MATCH (n)-[e:EVIDENCED_BY]->(d:Document) RETURN e.quote AS quote, e.start AS start, e.end AS end, d.text AS text');
    for (const e of ev) expect((e.text as string).slice(e.start, e.end)).toBe(e.quote);
    const bare = await rows(`MATCH (n) WHERE (n:PDU OR n:Inspection OR n:Recommendation OR n:Finding OR n:Quote OR n:Person OR n:Conflict)
      AND NOT EXISTS { (n)-[:EVIDENCED_BY]->(:Document) } AND size(coalesce(n.sources, [])) = 0 RETURN n.id AS id`);
    expect(bare).toEqual([]);
    const quotes = await rows('MATCH (q:Quote) WHERE NOT EXISTS { (:Person)-[:SAID]->(q) } RETURN q.id AS id');
    expect(quotes).toEqual([]);
    const pdus = await rows('MATCH (p:PDU) WITH toLower(p.name) AS n, count(*) AS c WHERE c > 1 RETURN n');
    expect(pdus).toEqual([]);
    // Every invariant holds (pressures in time, dates with their basis, no duplicate findings, no contact details...).
    expect((await checkGraph(db)).failures).toEqual([]);
    // News reports are kept as their quoted passages only (the publishers' copyright).
    const news = await rows(`MATCH (d:Document) WHERE d.kind = 'NEWS' RETURN d.licence AS licence, d.textIsExcerpt AS excerpt, d.text AS text`);
    expect(news.length).toBeGreaterThan(0);
    for (const d of news) expect(d).toMatchObject({ licence: 'COPYRIGHT', excerpt: true, text: expect.stringContaining('[…]') });
  });
});

describe('name resolution, conflicts and duplicates', () => {
  it('resolves a PDU named with "&" and "PDU", and records a conflicting rating as a Conflict, keeping the stored one', async () => {
    const text = (await readFile(path.join(SEED_DOCS, 'leeds-2024-press-release.txt'), 'utf8'))
      .replace(/Leeds PDU rated ‘Inadequate’/, 'Leeds PDU rated ‘Requires improvement’')
      .replace(/has received an overall rating of ‘Inadequate’/, 'has received an overall rating of ‘Requires improvement’');
    const before = await rows('MATCH (i:Inspection {id: "inspection:leeds:2024-08"}) RETURN i.rating AS rating');
    const r = await ingestDocument(db, { text, title: 'Leeds PDU (altered copy for a test)' }, knowledge);
    expect(r.status).toBe('created');
    expect(r.created.inspections).toEqual([]);
    expect(r.updated.inspections).toEqual(['inspection:leeds:2024-08']);
    expect(r.conflicts).toEqual([expect.objectContaining({ inspection: 'inspection:leeds:2024-08', field: 'rating', storedValue: 'INADEQUATE', reportedValue: 'REQUIRES_IMPROVEMENT' })]);
    const after = await rows('MATCH (i:Inspection {id: "inspection:leeds:2024-08"}) RETURN i.rating AS rating');
    expect(after).toEqual(before);
    const c = await rows(`MATCH (:Inspection {id: "inspection:leeds:2024-08"})-[:HAS_CONFLICT]->(c:Conflict)-[e:EVIDENCED_BY]->(d:Document {id: $doc})
      RETURN c.field AS field, c.storedValue AS stored, c.reportedValue AS reported, e.quote AS quote`, { doc: r.document.id });
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ field: 'rating', stored: 'INADEQUATE', reported: 'REQUIRES_IMPROVEMENT' });
    expect(c[0]!.quote).toMatch(/Requires improvement/);
  });

  it('resolves "North & North East Lincolnshire PDU" to the existing PDU', async () => {
    const text = `URL: https://example.org/news/nnel

North & North East Lincolnshire PDU rated ‘Inadequate’ again

Published 19 December 2024

North & North East Lincolnshire PDU has received an overall rating of ‘Inadequate’ following an inspection by HM Inspectorate of Probation. Fieldwork for this inspection took place in October 2024.
`;
    const r = await ingestDocument(db, { text }, knowledge);
    expect(r.created.pdus).toEqual([]);
    expect(r.created.inspections).toEqual([]);
    expect(r.updated.inspections).toEqual(['inspection:north-and-north-east-lincolnshire:2024-10']);
    expect(r.conflicts).toEqual([]);
  });

  it('flags an inspection it cannot tell apart from two others as a possible duplicate of each, merging nothing', async () => {
    // Kirklees has two Inadequate inspections now; a text naming no date and no chief inspector fits both.
    const text = `Kirklees probation service rated ‘Inadequate’

The Probation Delivery Unit (PDU) in Kirklees has been rated as ‘Inadequate’ following an inspection by HM Inspectorate of Probation.
`;
    const before = await rows('MATCH (i:Inspection)-[:OF]->(:PDU {id: "pdu:kirklees"}) RETURN i.id AS id ORDER BY id');
    const r = await ingestDocument(db, { text }, knowledge);
    expect(r.created.inspections).toHaveLength(1);
    expect(r.possibleDuplicates.map((d) => d.of).sort()).toEqual(before.map((b) => b.id).sort());
    const dup = await rows('MATCH (n:Inspection {id: $id})-[d:POSSIBLE_DUPLICATE_OF]->(o:Inspection) RETURN o.id AS of, d.reason AS reason', { id: r.created.inspections[0] });
    expect(dup).toHaveLength(2);
  });
});

describe('dry runs, transactions and refused input', () => {
  const fresh = `URL: https://example.org/2025/01/south-wales

Cardiff and the Vale PDU rated ‘Good’

Cardiff and the Vale Probation Delivery Unit (PDU) has received an overall rating of ‘Good’ following an inspection by HM Inspectorate of Probation. Fieldwork for this inspection took place in October 2024.
`;

  it('writes nothing in a dry run, and reports what it would create', async () => {
    const before = await graphFingerprint(db);
    const r = await ingestDocument(db, { text: fresh }, knowledge, { dryRun: true });
    expect(r.dryRun).toBe(true);
    expect(r.status).toBe('created');
    // Cardiff and the Vale is a PDU the seeds know (seeds/facts/pdus.yaml): only its inspection is new.
    expect(r.created.pdus).toEqual([]);
    expect(r.created.inspections).toEqual(['inspection:cardiff-and-the-vale:2024-10']);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('rolls back the whole document when the transaction fails before commit', async () => {
    const before = await graphFingerprint(db);
    await expect(ingestDocument(db, { text: fresh }, knowledge, { beforeCommit: async () => { throw new Error('injected failure before commit'); } }))
      .rejects.toThrow('injected failure');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses bad input with a message naming the problem, writing nothing', async () => {
    const before = await graphFingerprint(db);
    const refused = async (input: unknown, pattern: RegExp, code = 'BAD_INPUT') => {
      const err = await ingestDocument(db, input as never, knowledge).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(IngestError);
      expect((err as IngestError).code).toBe(code);
      expect((err as Error).message).toMatch(pattern);
    };
    await refused({ text: '' }, /text: the text is empty/);
    await refused({ text: '  \n\t ' }, /text: the text is only whitespace/);
    await refused({}, /text: the text is required/);
    await refused({ text: 'Leeds PDU\u0000\u0001 rated' }, /NUL byte/);
    await refused({ text: 'Leeds PDU \u0007 rated ‘Good’' }, /control character U\+0007/);
    await refused({ text: 'x'.repeat(MAX_INPUT_BYTES + 1) }, /too large: 1048577 bytes; the limit is 1 MiB/);
    await refused({ text: fresh, publishedOn: '24 Oct 2024' }, /publishedOn: expected a date/);
    await refused({ text: fresh, url: 'not a url' }, /url: expected an http or https URL/);
    await refused({ text: 'The weather in Leeds was fine today, and nothing else happened.' }, /nothing found/, 'NOTHING_FOUND');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses files that are binary, not UTF-8 or too large, and still loads the good ones', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-'));
    try {
      const good = path.join(dir, 'good.txt');
      await writeFile(good, fresh);
      await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
      await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('Leeds PDU rated \u2018Good\u2019 caf\xe9', 'latin1'));
      await writeFile(path.join(dir, 'big.txt'), 'a'.repeat(MAX_INPUT_BYTES + 10));
      await writeFile(path.join(dir, 'empty.txt'), '');
      await writeFile(path.join(dir, 'nothing.txt'), 'Minutes of the parish council meeting. Apologies were received.\n');
      const names = ['binary.txt', 'latin1.txt', 'big.txt', 'empty.txt', 'nothing.txt', 'missing.txt', 'good.txt'].map((n) => path.join(dir, n));
      const before = await graphFingerprint(db);
      const results = await ingestFiles(db, names, knowledge);
      const byFile = Object.fromEntries(results.map((r) => [path.basename(r.path), r]));
      expect(byFile['binary.txt']!.error!.message).toMatch(/binary \(it contains NUL bytes\)/);
      expect(byFile['latin1.txt']!.error!.message).toMatch(/not valid UTF-8/);
      expect(byFile['big.txt']!.error!.message).toMatch(/too large/);
      expect(byFile['empty.txt']!.error!.message).toMatch(/empty/);
      expect(byFile['nothing.txt']!.error).toMatchObject({ code: 'NOTHING_FOUND' });
      expect(byFile['missing.txt']!.error!.message).toMatch(/no such file/);
      for (const n of ['binary.txt', 'latin1.txt', 'big.txt', 'empty.txt', 'nothing.txt', 'missing.txt']) expect(byFile[n]!.ok).toBe(false);
      expect(byFile['good.txt']!.ok).toBe(true);
      expect(byFile['good.txt']!.report!.created.inspections).toEqual(['inspection:cardiff-and-the-vale:2024-10']);
      const after = await graphFingerprint(db);
      expect(after).not.toEqual(before);
      expect(after.nodes.Inspection).toBe((before.nodes.Inspection ?? 0) + 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('probation-graph ingest', () => {
  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const saved = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD };
    process.env.NEO4J_URI = inject('neo4jUri');
    process.env.NEO4J_USER = inject('neo4jUser');
    if (inject('neo4jPassword')) process.env.NEO4J_PASSWORD = inject('neo4jPassword');
    else delete process.env.NEO4J_PASSWORD;
    let out = '';
    let err = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
    try {
      const { run } = await import('../../src/app/cli/commands/ingest.ts');
      return { code: await run(args), out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
      for (const [k, v] of Object.entries({ NEO4J_URI: saved.uri, NEO4J_USER: saved.user, NEO4J_PASSWORD: saved.password })) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  it('prints a line per file, exits 0 when all loaded and 1 when any failed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-cli-'));
    try {
      const good = path.join(dir, 'york.txt');
      await writeFile(good, `York PDU rated ‘Good’\n\nYork Probation Delivery Unit (PDU) has received an overall rating of ‘Good’ following an inspection by HM Inspectorate of Probation. Fieldwork for this inspection took place in June 2024.\n`);
      const bad = path.join(dir, 'bad.txt');
      await writeFile(bad, Buffer.from([0xff, 0xfe, 0x00, 0x41]));

      const dry = await cli([good, '--dry-run', '--json']);
      expect(dry.code).toBe(0);
      const parsed = JSON.parse(dry.out) as Array<{ ok: boolean; report: IngestReport }>;
      expect(parsed[0]!.report).toMatchObject({ status: 'created', dryRun: true, created: { inspections: ['inspection:york:2024-06'] } });

      const both = await cli([good, bad]);
      expect(both.code).toBe(1);
      expect(both.out).toMatch(/york\.txt: created document:york-pdu-rated-good-[0-9a-f]{8}; 1 new PDU \(pdu:york\), 1 new inspection \(inspection:york:2024-06\)/);
      expect(both.err).toMatch(/failed .*bad\.txt: the file is binary/);
      expect(both.out).toMatch(/2 file\(s\): 1 added, 0 unchanged, 1 failed/);

      const again = await cli([good]);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/unchanged: document:york-pdu-rated-good-/);

      expect((await cli([])).code).toBe(2);
      expect((await cli(['--frobnicate', good])).code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
