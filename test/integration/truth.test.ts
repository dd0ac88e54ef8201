/**
 * Truth in the default graph (`npm start`), against a real Neo4j: what a truth audit found wrong, each
 * as a regression test, and `probation-graph check`, which keeps it so on any graph: it passes on the
 * default graph and fails, naming the ids, on a graph where a test has planted each kind of defect.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { checkGraph } from '../../src/graph/invariants.ts';
import { loadDefaultGraph, type DefaultGraphResult } from '../../src/sources/default-graph.ts';
import { openTestDatabase, wipe } from '../support/database.ts';
import { ingestDocument } from '../../src/sources/ingest/load.ts';
import { loadKnowledge } from '../../src/sources/seed/vocabulary.ts';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { FAKE } from '../support/contacts.ts';
import { startTestService, type TestService } from '../support/service.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let db: Database;
let api: TestService;
let loaded: DefaultGraphResult;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return (await db.query(cypher, params)).records.map((r) => r.toObject());
}
const gql = async (query: string, variables?: Record<string, unknown>) => {
  const r = await api.graphql(query, variables);
  expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
  return r.body.data as any;
};

/** `probation-graph check` on the test database, as a user runs it: its exit code and output. */
function runCheck(): Promise<{ code: number; out: string }> {
  const uri = inject('neo4jUri');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/probation-graph.js'), 'check'], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

beforeAll(async () => {
  db = openTestDatabase();
  await wipe(db);
  await applySchema(db);
  loaded = await loadDefaultGraph(db);
  api = await startTestService(db);
}, 600_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('the truth audit, each finding fixed at its cause', () => {
  it('1. stores and serves no contact details, and reports how many it removed, never the values', async () => {
    const hits = await gql('{ search(text: "Tel", first: 50) { hits { snippet } } }');
    for (const h of hits.search.hits) expect(h.snippet).not.toMatch(/\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|@/);
    const board = await gql('{ document(id: "document:llr-2025-board-report") { text } }');
    expect(board.document.text).toContain('[phone number removed]');
    expect(board.document.text).toContain('[e-mail address removed]');
    expect(board.document.text).toContain('Kaye Knowles');
  });

  it('1b. removes contact details from an ingested text before anything is read from it, counting them', async () => {
    const text = (await readFile(path.join(root, 'seeds/ingest/12-sunderland-pdu-requires-improvement.txt'), 'utf8'))
      .replace('Sunderland Probation Delivery Unit (PDU) has received', `Sunderland Probation Delivery Unit (PDU) (press office ${FAKE.mobile}, ${FAKE.email}) has received`);
    const report = await ingestDocument(db, { text, url: 'https://hmiprobation.justiceinspectorates.gov.uk/news/sunderland-copy-for-a-test' }, await loadKnowledge(), { dryRun: true });
    expect(report.contactDetailsRemoved).toBe(2);
    expect(JSON.stringify(report)).not.toContain(FAKE.mobile);
    expect(JSON.stringify(report)).not.toContain(FAKE.email);
  });

  it('2. puts no inspection under a policy that came after its fieldwork: FTR48 does not hold LLR 2025', async () => {
    const d = await gql('{ inspections(first: 100, filter: { policy: "FTR48" }) { nodes { id fieldworkFrom } } }');
    expect(d.inspections.nodes.map((i: any) => i.id)).not.toContain('inspection:leicester-leicestershire-and-rutland:2025-03');
    const impact = await gql('{ inspections(first: 100, filter: { policy: "PROBATION_IMPACT" }) { nodes { id } } }');
    expect(impact.inspections.nodes.map((i: any) => i.id)).not.toContain('inspection:leicester-leicestershire-and-rutland:2025-03');
    const llr = await gql('{ pdu(id: "pdu:leicester-leicestershire-and-rutland") { laterPressures { policy { code } since document { id } } } }');
    expect(llr.pdu.laterPressures).toEqual(expect.arrayContaining([{ policy: { code: 'FTR48' }, since: '2025-11-21', document: { id: 'document:llr-2025-board-report' } }]));
  });

  it('3. has one recogniser: every pressure named by a document is a mention of that document, and background is never a pressure', async () => {
    expect(await rows(`MATCH (:Inspection)-[u:UNDER {basis: 'DOCUMENT_MENTION'}]->(p:Policy)
      WHERE NOT EXISTS { MATCH (:Document {id: u.documentId})-[:MENTIONS]->(p) } RETURN p.code`)).toEqual([]);
    expect(await rows(`MATCH (:Inspection)-[:UNDER]->(p:Policy {pressure: false}) RETURN p.code`)).toEqual([]);
    // The same words name the unification in both releases: both are mentions of it.
    const docs = await rows(`MATCH (d:Document)-[:MENTIONS]->(:Policy {code: 'UNIFICATION_2021'}) RETURN d.id AS id`);
    expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining(['document:llr-2025-press-release', 'document:north-and-north-east-lincolnshire-2024-press-release']));
  });

  it('4. stores no guess as a date: unstated fieldwork is null with a derived window that says so; stated publication dates are kept', async () => {
    const d = await gql(`{
      nnel: inspection(id: "inspection:north-and-north-east-lincolnshire:reported-2023-03") { fieldworkFrom fieldworkBasis fieldworkWindowFrom fieldworkWindowTo fieldworkRule publishedOn publishedOnBasis }
      llr: inspection(id: "inspection:leicester-leicestershire-and-rutland:2022-11") { publishedOn publishedOnBasis }
    }`);
    expect(d.nnel).toEqual({ fieldworkFrom: null, fieldworkBasis: 'DERIVED', fieldworkWindowFrom: '2022-09', fieldworkWindowTo: '2023-03', fieldworkRule: 'FIELDWORK_BEFORE_PUBLICATION', publishedOn: '2023-03-30', publishedOnBasis: 'STATED' });
    expect(d.llr).toEqual({ publishedOn: '2023-02-09', publishedOnBasis: 'STATED' });
    // Every pair of stated fieldwork and publication dates fits the rule's window (seeds/facts/date-rules.yaml).
    const late = await rows(`MATCH (i:Inspection) WHERE i.fieldworkFrom IS NOT NULL AND i.publishedOn IS NOT NULL
      WITH i, (toInteger(left(i.publishedOn, 4)) * 12 + toInteger(substring(i.publishedOn, 5, 2))) - (toInteger(left(i.fieldworkTo, 4)) * 12 + toInteger(substring(i.fieldworkTo, 5, 2))) AS gap
      WHERE gap < 0 OR gap > 6 RETURN i.id AS id, gap`);
    expect(late).toEqual([]);
  });

  it('4b. places in time every inspection a dated document reports, the date stated by the text or by a cited source', async () => {
    // A document with a date (its own, or one a cited source gives) always dates what it reports.
    const undated = await rows(`MATCH (d:Document)-[:REPORTS]->(i:Inspection)
      WHERE d.publishedOn IS NOT NULL AND i.fieldworkWindowFrom IS NULL RETURN d.id AS document, i.id AS inspection`);
    expect(undated).toEqual([]);
    // Each cited date of seeds/facts/document-dates.yaml reaches its document, with its source and words.
    const cited = parseYaml(await readFile(path.join(root, 'seeds/facts/document-dates.yaml'), 'utf8')) as { url: string; publishedOn: string; of?: string; source: string }[];
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) {
      const [doc] = await rows(`MATCH (d:Document {url: $url}) RETURN d.publishedOn AS publishedOn, d.publishedOnSource AS source, d.dateNote AS note,
        [(d)-[:REPORTS]->(i:Inspection) | coalesce(i.fieldworkWindowFrom, 'none')] AS windows`, { url: c.url });
      expect(doc, c.url).toBeDefined();
      expect(doc!.source).toBe(c.source);
      expect(doc!.note).toContain(c.source);
      // A report's date is not the document's own: that stays unknown.
      expect(doc!.publishedOn).toBe((c.of ?? 'document') === 'document' ? c.publishedOn : null);
      expect(doc!.windows, c.url).not.toContain('none');
    }
  });

  it('6. gives every PDU its region, or says why no source gives one', async () => {
    const d = await gql('{ pdus(first: 100) { nodes { id region { name } regionUnknown } } }');
    for (const p of d.pdus.nodes) expect(Boolean(p.region) !== Boolean(p.regionUnknown), p.id).toBe(true);
    expect(d.pdus.nodes.find((p: any) => p.id === 'pdu:north-wales').region).toEqual({ name: 'Wales' });
  });

  it('7. keeps one finding, with evidence from each document, when a press release and a news report say the same', async () => {
    const f = await rows(`MATCH (i:Inspection)-[:OF]->(:PDU {id: 'pdu:kirklees'}), (i)-[:FOUND]->(f:Finding)
      WHERE f.text CONTAINS 'developed strategic relationships' RETURN i.id AS inspection, f.id AS id, COUNT { (f)-[:EVIDENCED_BY]->() } AS documents`);
    expect(f).toHaveLength(1);
    expect(f[0]!.documents).toBeGreaterThanOrEqual(2);
  });

  it('8. matches theme rules on whole words: "following ... enquiries" is not "follow-up enquiries"', async () => {
    const r = await rows(`MATCH (r:Recommendation)-[a:ABOUT {basis: 'RULE', rule: 'follow-up enquiries'}]->(:Theme)
      WHERE NOT r.text =~ '(?i).*follow-up.*' RETURN r.id AS id, r.text AS text`);
    expect(r).toEqual([]);
  });
});

describe('probation-graph check', () => {
  it('passes on the default graph, listing the known gaps with their reasons', async () => {
    expect(loaded.documents.filter((d) => !d.ok)).toEqual([]);
    const report = await checkGraph(db);
    expect(report.failures).toEqual([]);
    for (const g of report.gaps) expect(g.message).toMatch(/region unknown \(.+\)/);
    const { code, out } = await runCheck();
    expect(out).toMatch(/The graph holds every invariant/);
    expect(code).toBe(0);
  }, 120_000);

  it('fails, naming the ids, on a graph where each kind of defect is planted', async () => {
    await db.write((tx) => tx.run(`
      MATCH (q:Quote) WITH q LIMIT 1 SET q.planted = $planted
      WITH 1 AS one
      MATCH (i:Inspection {id: 'inspection:leeds:2024-08'}), (p:Policy {code: 'FTR48'})
      CREATE (i)-[:UNDER {basis: 'FIELDWORK_OVERLAP', certainty: 'CERTAIN', explanation: 'planted'}]->(p)
      WITH 1 AS one
      MATCH (i:Inspection {id: 'inspection:leicester-leicestershire-and-rutland:2025-03'}) REMOVE i.fieldworkBasis
      WITH 1 AS one
      CREATE (:PDU {id: 'pdu:planted-nowhere', name: 'Planted Nowhere', aliases: [], sources: ['https://example.org/']})
      WITH 1 AS one
      MATCH (i:Inspection {id: 'inspection:leeds:2024-08'})-[:FOUND]->(f:Finding) WITH i, f ORDER BY f.id LIMIT 1
      CREATE (i)-[:FOUND]->(:Finding {id: 'finding:planted-twin', text: f.text, polarity: f.polarity, position: 99})
      WITH 1 AS one
      MATCH (:Recommendation {id: 'recommendation:leeds:2024-08:1'})-[e:EVIDENCED_BY]->(:Document) SET e.start = e.start + 3
      WITH 1 AS one
      CREATE (:Inspection {id: 'inspection:planted:2024-01', name: 'Planted', rating: 'GOOD', fieldworkFrom: '2024-01', fieldworkTo: '2024-01', fieldworkBasis: 'STATED', fieldworkWindowFrom: '2024-01', fieldworkWindowTo: '2024-01', publishedOnBasis: 'UNKNOWN'})`, { planted: `call ${FAKE.mobile} or write to ${FAKE.email}` }));
    const report = await checkGraph(db);
    const byRule = (rule: string) => report.failures.filter((f) => f.rule === rule).map((f) => f.id);
    expect(byRule('no-contact-details')).toEqual([expect.stringMatching(/^quote:/)]);
    expect(byRule('pressure-in-period')).toEqual(['inspection:leeds:2024-08']);
    expect(byRule('dates-with-basis')).toEqual(['inspection:leicester-leicestershire-and-rutland:2025-03']);
    expect(byRule('pdu-in-region')).toEqual(['pdu:planted-nowhere']);
    expect(report.failures.filter((x) => x.rule === 'no-duplicate-findings').map((x) => `${x.id} ${x.message}`).join('\n')).toContain('finding:planted-twin');
    expect(byRule('evidence-offsets')).toEqual(['recommendation:leeds:2024-08:1']);
    // The planted twin has no evidence either.
    expect(byRule('facts-with-evidence').sort()).toEqual(['finding:planted-twin', 'inspection:planted:2024-01']);
    const { code, out } = await runCheck();
    expect(code).toBe(1);
    for (const id of ['inspection:leeds:2024-08', 'pdu:planted-nowhere', 'finding:planted-twin', 'inspection:planted:2024-01']) expect(out).toContain(id);
    expect(out).not.toContain(FAKE.mobile);
    expect(out).not.toContain(FAKE.email);
  }, 120_000);
});
