/**
 * The seeded knowledge graph, against a real Neo4j: the named facts of the five source documents,
 * evidence that really occurs in its document, idempotent and transactional loading, and no personal
 * contact details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database.ts';
import { DEFAULT_SEEDS_DIR, loadSeeds } from '../../src/sources/seed/load.ts';
import { normalise } from '../../src/text/normalise.ts';
import { graphFingerprint, openTestDatabase, resetAndSeed } from '../support/database.ts';

let db: Database;

beforeAll(async () => {
  db = openTestDatabase();
  await resetAndSeed(db);
});
afterAll(async () => {
  await db.close();
});

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const r = await db.query(cypher, params);
  return r.records.map((x) => x.toObject());
}

describe('PDUs and regions', () => {
  it('places each PDU in its region, or says why no source gives one', async () => {
    const r = await rows('MATCH (p:PDU)-[:IN_REGION]->(r:Region) RETURN p.name AS pdu, r.name AS region ORDER BY pdu');
    expect(r).toEqual(expect.arrayContaining([
      { pdu: 'Leeds', region: 'Yorkshire and the Humber' },
      { pdu: 'Leicester, Leicestershire and Rutland', region: 'East Midlands' },
      { pdu: 'North and North East Lincolnshire', region: 'Yorkshire and the Humber' },
    ]));
    const odd = await rows(`MATCH (p:PDU) WITH p, COUNT { (p)-[:IN_REGION]->() } AS n
      WHERE n > 1 OR (n = 0 AND p.regionUnknown IS NULL) OR (n = 1 AND p.regionUnknown IS NOT NULL) RETURN p.id AS id`);
    expect(odd).toEqual([]);
  });

  it('holds all 12 regions, and the stated count of PDUs in Yorkshire and the Humber', async () => {
    const r = await rows('MATCH (r:Region) RETURN r.name AS name, r.statedPduCount AS n ORDER BY name');
    expect(r).toHaveLength(12);
    expect(r.find((x) => x.name === 'Yorkshire and the Humber')?.n).toBe(11);
    expect(r.map((x) => x.name)).toEqual(expect.arrayContaining(['East Midlands', 'Wales', 'London', 'Greater Manchester', 'North East']));
  });
});

describe('inspections', () => {
  it('records LLR 2025 with its rating, dates, cases and six verbatim recommendations, following 2022', async () => {
    const [i] = await rows(`MATCH (i:Inspection {id: 'inspection:leicester-leicestershire-and-rutland:2025-03'})-[:FOLLOWS]->(prev:Inspection)
      RETURN i.rating AS rating, i.fieldworkFrom AS from, i.publishedOn AS published, i.casesExamined AS cases,
             i.casesDescription AS casesDescription, i.recommendationCount AS count, i.recommendationsComplete AS complete,
             prev.rating AS prevRating, prev.fieldworkFrom AS prevFrom, prev.fieldworkTo AS prevTo,
             COUNT { (i)-[:RECOMMENDS]->(r:Recommendation {verbatim: true}) } AS verbatim`);
    expect(i).toMatchObject({ rating: 'INADEQUATE', from: '2025-03', published: '2025-05-29', cases: 71, count: 6, complete: true, verbatim: 6, prevRating: 'INADEQUATE', prevFrom: '2022-11', prevTo: '2022-12' });
    expect(i!.casesDescription).toMatch(/Community Orders and post.custody licences/i);
    expect(i!.casesDescription).toMatch(/July and September 2024/);
  });

  it('records the earlier North and North East Lincolnshire inspection as Requires improvement, followed by Inadequate', async () => {
    const r = await rows(`MATCH (i:Inspection)-[:OF]->(:PDU {id: 'pdu:north-and-north-east-lincolnshire'})
      OPTIONAL MATCH (i)-[:FOLLOWS]->(p) RETURN i.id AS id, i.fieldworkFrom AS from, i.rating AS rating, p.id AS follows ORDER BY id DESC`);
    expect(r).toEqual([
      { id: 'inspection:north-and-north-east-lincolnshire:reported-2023-03', from: null, rating: 'REQUIRES_IMPROVEMENT', follows: null },
      { id: 'inspection:north-and-north-east-lincolnshire:2024-10', from: '2024-10', rating: 'INADEQUATE', follows: 'inspection:north-and-north-east-lincolnshire:reported-2023-03' },
    ]);
  });

  it('stores no guessed fieldwork: the earlier North and North East Lincolnshire inspection has a derived window that says so', async () => {
    const [i] = await rows(`MATCH (i:Inspection {id: 'inspection:north-and-north-east-lincolnshire:reported-2023-03'})
      RETURN i.fieldworkFrom AS from, i.fieldworkBasis AS basis, i.fieldworkRule AS rule, i.fieldworkWindowFrom AS wf, i.fieldworkWindowTo AS wt, i.fieldworkExplanation AS why`);
    expect(i).toMatchObject({ from: null, basis: 'DERIVED', rule: 'FIELDWORK_BEFORE_PUBLICATION', wf: '2022-09', wt: '2023-03' });
    expect(i!.why).toMatch(/no document states the fieldwork/);
  });

  it('marks the press releases’ recommendation lists as partial, with the stated totals', async () => {
    const r = await rows(`MATCH (i:Inspection) WHERE i.fieldworkFrom IN ['2024-08', '2024-10']
      RETURN i.id AS id, i.recommendationCount AS count, i.recommendationsComplete AS complete, COUNT { (i)-[:RECOMMENDS]->() } AS known ORDER BY id`);
    expect(r).toEqual([
      { id: 'inspection:leeds:2024-08', count: 7, complete: false, known: 1 },
      { id: 'inspection:north-and-north-east-lincolnshire:2024-10', count: 7, complete: false, known: 2 },
    ]);
  });

  it('gives every finding a polarity, and nearly every one a theme', async () => {
    const [r] = await rows(`MATCH (f:Finding) RETURN count(f) AS n, count(CASE WHEN f.polarity IN ['STRENGTH','CONCERN'] THEN 1 END) AS polar,
      count(CASE WHEN EXISTS { (f)-[:ABOUT]->(:Theme) } THEN 1 END) AS themed`);
    expect(r!.n).toBeGreaterThanOrEqual(30);
    expect(r!.polar).toBe(r!.n);
    expect(r!.themed / r!.n).toBeGreaterThan(0.9);
  });
});

describe('policies and pressures', () => {
  it('computes FIELDWORK_OVERLAP from dates: SDS40 covers LLR 2025 and NNEL 2024 but not Leeds (August 2024)', async () => {
    const r = await rows(`MATCH (i:Inspection)-[:UNDER {basis: 'FIELDWORK_OVERLAP'}]->(:Policy {code: 'SDS40'}) RETURN i.id AS id ORDER BY id`);
    expect(r.map((x) => x.id)).toEqual(['inspection:leicester-leicestershire-and-rutland:2025-03', 'inspection:north-and-north-east-lincolnshire:2024-10']);
  });

  it('never puts LLR 2025 (fieldwork March 2025) under FTR48 or Probation Impact, which came later: the board report\'s mention links the PDU from its date', async () => {
    const under = await rows(`MATCH (:Inspection {id: 'inspection:leicester-leicestershire-and-rutland:2025-03'})-[u:UNDER]->(p:Policy) RETURN p.code AS code, u.basis AS basis, u.certainty AS certainty ORDER BY code, basis`);
    expect(under.map((u) => u.code)).not.toContain('FTR48');
    expect(under.map((u) => u.code)).not.toContain('PROBATION_IMPACT');
    expect(under).toContainEqual({ code: 'SDS40', basis: 'DOCUMENT_MENTION', certainty: 'CERTAIN' });
    const later = await rows(`MATCH (:PDU {id: 'pdu:leicester-leicestershire-and-rutland'})-[a:AFFECTED_BY]->(p:Policy) RETURN p.code AS code, a.since AS since, a.documentId AS doc, a.quote AS quote ORDER BY code`);
    expect(later).toEqual([
      { code: 'FTR48', since: '2025-11-21', doc: 'document:llr-2025-board-report', quote: 'FTR 48' },
      { code: 'PROBATION_IMPACT', since: '2025-11-21', doc: 'document:llr-2025-board-report', quote: 'IMPACT' },
    ]);
  });

  it('keeps background out of pressure: the 2021 unification is a mention, never UNDER', async () => {
    expect(await rows(`MATCH (:Inspection)-[u:UNDER]->(:Policy {code: 'UNIFICATION_2021'}) RETURN u`)).toEqual([]);
    expect((await rows(`MATCH (:Document)-[m:MENTIONS]->(:Policy {code: 'UNIFICATION_2021'}) RETURN count(m) AS n`))[0]!.n).toBeGreaterThan(0);
  });

  it('has one recogniser: every DOCUMENT_MENTION pressure has the MENTIONS of its document', async () => {
    const r = await rows(`MATCH (i:Inspection)-[u:UNDER {basis: 'DOCUMENT_MENTION'}]->(p:Policy)
      WHERE NOT EXISTS { MATCH (:Document {id: u.documentId})-[:MENTIONS]->(p) } RETURN i.id AS id, p.code AS code`);
    expect(r).toEqual([]);
  });

  it('keeps unknown dates null and carries source URLs for every policy', async () => {
    const r = await rows('MATCH (p:Policy) RETURN p.code AS code, p.inForceFrom AS from, p.inForceUntil AS until, size(p.sources) AS sources, p.dateNotes AS notes');
    expect(r.map((x) => x.code).sort()).toEqual(['ECSL', 'FTR48', 'PROBATION_IMPACT', 'PROBATION_RESET', 'SDS40', 'SENTENCING_ACT_2026', 'SENTENCING_REVIEW', 'UNIFICATION_2021']);
    for (const p of r) expect(p.sources).toBeGreaterThan(0);
    const sds40 = r.find((x) => x.code === 'SDS40')!;
    expect(sds40).toMatchObject({ from: '2024-09-10', until: null });
    expect(r.find((x) => x.code === 'PROBATION_RESET')!.notes).toMatch(/differ|dispute/i);
  });
});

describe('people, quotes and commitments', () => {
  it('holds the four people with their public roles', async () => {
    const r = await rows('MATCH (p:Person)-[h:HELD]->(o:Organisation) RETURN p.name AS name, h.title AS title, o.name AS org ORDER BY name, title');
    const has = (name: string, title: RegExp) => r.some((x) => x.name === name && title.test(x.title));
    expect(has('Martin Jones', /^Chief Inspector of Probation$/)).toBe(true);
    expect(has('Louise Cordell', /Head of Communications/)).toBe(true);
    expect(has('Kaye Knowles', /Interim Head of LLR PDU/)).toBe(true);
    expect(has('Nicholas Dakin', /Vice Chamberlain/)).toBe(true);
    expect(r.find((x) => x.name === 'Martin Jones')!.org).toBe('HM Inspectorate of Probation');
  });

  it('attributes every quote to a speaker, verbatim from its document', async () => {
    const r = await rows(`MATCH (p:Person)-[:SAID]->(q:Quote)-[:EVIDENCED_BY]->(d:Document) RETURN p.name AS who, q.text AS text, d.text AS doc`);
    expect(r.filter((x) => x.who === 'Martin Jones').length).toBe(6);
    for (const q of r) expect(normalise(q.doc).text).toContain(normalise(q.text).text);
  });

  it('holds the parliamentary answer’s commitments and the LLR action plan', async () => {
    const c = await rows('MATCH (c:Commitment) RETURN c.text AS text');
    expect(c.some((x) => /1,300 trainee probation officers/.test(x.text))).toBe(true);
    expect(c.some((x) => /£700 million/.test(x.text))).toBe(true);
    const a = await rows('MATCH (a:Action)-[:RESPONDS_TO]->(:Inspection {id: $id}) RETURN a.text AS text', { id: 'inspection:leicester-leicestershire-and-rutland:2025-03' });
    const text = a.map((x) => x.text).join(' | ');
    for (const re of [/safeguarding audit/i, /quality assurance cycle/i, /regional approach/i, /bi-monthly accountability/i, /Quality Improvement Plan/i, /development day/i]) expect(text).toMatch(re);
  });
});

describe('provenance', () => {
  it('every evidence quote occurs in its document at the recorded offsets', async () => {
    const r = await rows('MATCH (n)-[e:EVIDENCED_BY]->(d:Document) RETURN e.quote AS quote, e.start AS start, e.end AS end, d.text AS text');
    expect(r.length).toBeGreaterThan(100);
    for (const e of r) expect((e.text as string).slice(e.start, e.end)).toBe(e.quote);
  });

  it('every fact-bearing node has evidence or a source URL', async () => {
    const r = await rows(`MATCH (n) WHERE (n:PDU OR n:Inspection OR n:Recommendation OR n:Finding OR n:Quote OR n:Commitment OR n:Action OR n:Person)
      AND NOT EXISTS { (n)-[:EVIDENCED_BY]->(:Document) } AND size(coalesce(n.sources, [])) = 0 RETURN n.id AS id`);
    expect(r).toEqual([]);
    const p = await rows('MATCH (n) WHERE (n:Policy OR n:Region) AND size(coalesce(n.sources, [])) = 0 RETURN n.id AS id');
    expect(p).toEqual([]);
  });

  it('stores no phone number or e-mail address outside the source texts', async () => {
    // Every property of every node and relationship, except the stored source texts themselves.
    const r = await rows(`MATCH (n) RETURN [k IN keys(n) WHERE k <> 'text' OR NOT n:Document | n[k]] AS values`);
    const rel = await rows('MATCH ()-[r]->() RETURN [k IN keys(r) | r[k]] AS values');
    const values = [...r, ...rel].flatMap((x) => (x.values as unknown[]).flat()).map(String);
    expect(values.length).toBeGreaterThan(1000);
    for (const v of values) {
      expect(v).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(v).not.toMatch(/\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/);
    }
  });
});

describe('loading', () => {
  it('is idempotent: a second load leaves counts and properties unchanged', async () => {
    const before = await graphFingerprint(db);
    const counts = await loadSeeds(db);
    expect(counts.nodesCreated).toBe(0);
    expect(counts.relationshipsCreated).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('rejects a malformed facts file with the file, path and problem, leaving the graph unchanged', async () => {
    const before = await graphFingerprint(db);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
    try {
      await cp(DEFAULT_SEEDS_DIR, dir, { recursive: true });
      const file = path.join(dir, 'facts/inspections.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('rating: REQUIRES_IMPROVEMENT', 'rating: SATISFACTORY'));
      await expect(loadSeeds(db, dir)).rejects.toThrow(/facts\/inspections\.yaml: \[\d+\]\.rating: .*INADEQUATE/);
      expect(await graphFingerprint(db)).toEqual(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects evidence whose words are not in the document, naming where', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
    try {
      await cp(DEFAULT_SEEDS_DIR, dir, { recursive: true });
      const file = path.join(dir, 'facts/pdus.yaml');
      const yaml = await readFile(file, 'utf8');
      await writeFile(file, yaml.replace(/quote: (["']?)(.*?)\1\n/, 'quote: "words that appear in no document"\n'));
      await expect(loadSeeds(db, dir)).rejects.toThrow(/facts\/pdus\.yaml: \[\d+\]\.evidence\[0\]\.quote: not found in document/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('re-derives theme assignments when the taxonomy changes and the seeds are reloaded', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
    const ruleCount = async (theme: string) =>
      (await rows(`MATCH (:Theme {id: $t})<-[r:ABOUT {basis: 'RULE'}]-() RETURN count(r) AS n`, { t: theme }))[0]!.n as number;
    try {
      await cp(DEFAULT_SEEDS_DIR, dir, { recursive: true });
      const file = path.join(dir, 'themes.yaml');
      const yaml = await readFile(file, 'utf8');
      expect(await ruleCount('theme:management-oversight')).toBeGreaterThan(0);
      // Drop every phrase of one theme, and add a new theme with a rule of its own.
      const edited = yaml
        .replace(/(- key: management-oversight[\s\S]*?phrases:\n)((?: {6}- .*\n)+)/, '$1      - zzz never matches\n')
        .replace(/^themes:\n/m, 'themes:\n  - key: accommodation\n    name: Accommodation\n    description: Housing for people on probation.\n    phrases:\n      - accommodation\n');
      await writeFile(file, edited);
      await loadSeeds(db, dir);
      expect(await ruleCount('theme:management-oversight')).toBe(0);
      expect(await ruleCount('theme:accommodation')).toBeGreaterThan(0);
      // Curated assignments are untouched.
      expect((await rows(`MATCH (:Theme {id: 'theme:management-oversight'})<-[r:ABOUT {basis: 'CURATED'}]-() RETURN count(r) AS n`))[0]!.n).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await resetAndSeed(db);
    }
  });

  it('rolls back a load that fails midway', async () => {
    const before = await graphFingerprint(db);
    const { buildSeedBatch } = await import('../../src/sources/seed/load.ts');
    const { loadBatch } = await import('../../src/graph/load.ts');
    const batch = await buildSeedBatch();
    batch.node('PDU', 'pdu:half-written', { name: 'Half written' });
    await expect(loadBatch(db, batch, async () => { throw new Error('injected failure before commit'); })).rejects.toThrow('injected failure');
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
