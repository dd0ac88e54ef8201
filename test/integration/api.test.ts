/**
 * The GraphQL API over real HTTP on the seeded graph: the acceptance queries A1-A6 as written, the
 * N+1 guard, and the error rules.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { okData, withSeededService, type TestService } from '../support/service.ts';

let db: Database;
let api: TestService;
const LLR = 'pdu:leicester-leicestershire-and-rutland';

withSeededService((s) => ({ db, api } = s));

const ok = (query: string, variables?: Record<string, unknown>) => okData(api, query, variables);

describe('acceptance queries', () => {
  it('A1 lists PDUs with their regions', async () => {
    const d = await ok('query A1 { pdus(first: 100) { totalCount nodes { id name region { name } } } }');
    const region = Object.fromEntries(d.pdus.nodes.map((p: any) => [p.name, p.region?.name ?? null]));
    expect(region).toMatchObject({
      Leeds: 'Yorkshire and the Humber',
      'North and North East Lincolnshire': 'Yorkshire and the Humber',
      'Leicester, Leicestershire and Rutland': 'East Midlands',
    });
    expect(d.pdus.totalCount).toBe(d.pdus.nodes.length);
  });

  it('A2 gives LLR’s two inspections, newest first, with everything about them', async () => {
    const d = await ok(`query A2($id: ID!) {
      pdu(id: $id) {
        name
        inspections {
          id rating fieldworkFrom fieldworkTo publishedOn casesExamined recommendationCount
          previous { id rating }
          recommendations { text verbatim themes { name } evidence { quote document { title } } }
          findings { text polarity }
          quotes { text speaker { name } }
          pressures { basis policy { code } }
          evidence { quote document { id title } }
        }
      }
    }`, { id: LLR });
    const [latest, earlier] = d.pdu.inspections;
    expect(d.pdu.inspections).toHaveLength(2);
    expect(latest).toMatchObject({ rating: 'INADEQUATE', fieldworkFrom: '2025-03', publishedOn: '2025-05-29', casesExamined: 71, recommendationCount: 6, previous: { rating: 'INADEQUATE' } });
    expect(latest.recommendations).toHaveLength(6);
    expect(latest.recommendations.every((r: any) => r.verbatim && r.evidence.length > 0 && r.themes.length > 0)).toBe(true);
    expect(latest.pressures).toContainEqual({ basis: 'FIELDWORK_OVERLAP', policy: { code: 'SDS40' } });
    // The board report (November 2025) names FTR48, which came after this fieldwork: no pressure on this inspection.
    expect(latest.pressures).toContainEqual({ basis: 'DOCUMENT_MENTION', policy: { code: 'SDS40' } });
    expect(latest.pressures.map((p: any) => p.policy.code)).not.toContain('FTR48');
    expect(latest.quotes.length).toBeGreaterThanOrEqual(2);
    expect(latest.quotes.every((q: any) => q.speaker.name)).toBe(true);
    expect(latest.evidence.length).toBeGreaterThan(0);
    expect(earlier).toMatchObject({ rating: 'INADEQUATE', fieldworkFrom: '2022-11', fieldworkTo: '2022-12' });
  });

  it('A3 gives SDS40 with the inspections whose fieldwork fell under it', async () => {
    const d = await ok('query A3 { policy(code: "SDS40") { code name inForceFrom sources inspections { totalCount nodes { pdu { name } fieldworkFrom } } } }');
    expect(d.policy.inForceFrom).toBe('2024-09-10');
    const under = d.policy.inspections.nodes.map((i: any) => `${i.pdu.name} ${i.fieldworkFrom}`);
    expect(under).toContain('Leicester, Leicestershire and Rutland 2025-03');
    expect(under).toContain('North and North East Lincolnshire 2024-10');
    expect(under.some((x: string) => x.startsWith('Leeds'))).toBe(false);
  });

  it('A4 lists people with roles and quotes', async () => {
    const d = await ok('query A4 { people(first: 100) { nodes { name roles { title organisation { name } } quotes { nodes { text } } } } }');
    const jones = d.people.nodes.find((p: any) => p.name === 'Martin Jones');
    expect(jones.roles).toContainEqual({ title: 'Chief Inspector of Probation', organisation: { name: 'HM Inspectorate of Probation' } });
    expect(jones.quotes.nodes).toHaveLength(6);
  });

  it('A5 finds safeguarding across at least two PDUs', async () => {
    const d = await ok('query A5 { search(text: "safeguarding", first: 20) { total hits { score snippet node { id __typename } } } }');
    expect(d.search.hits.length).toBeGreaterThan(1);
    expect(d.search.total).toBeGreaterThanOrEqual(d.search.hits.length);
    expect(d.search.hits.every((h: any) => /safeguard/i.test(h.snippet))).toBe(true);
    const pdus = new Set(d.search.hits.map((h: any) => h.node.id).filter((id: string) => /^(recommendation|finding):/.test(id)).map((id: string) => id.split(':')[1]));
    expect(pdus.size).toBeGreaterThanOrEqual(2);
  });

  it('A6 draws LLR’s neighbourhood: its region and both inspections', async () => {
    const d = await ok('query A6($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 50) { nodes { id label caption } edges { from to type } } }', { id: LLR });
    const ids = d.neighbourhood.nodes.map((n: any) => n.id);
    expect(ids[0]).toBe(LLR);
    expect(ids).toEqual(expect.arrayContaining(['region:east-midlands', 'inspection:leicester-leicestershire-and-rutland:2025-03', 'inspection:leicester-leicestershire-and-rutland:2022-11']));
    expect(d.neighbourhood.edges).toContainEqual({ from: LLR, to: 'region:east-midlands', type: 'IN_REGION' });
    expect(d.neighbourhood.nodes.every((n: any) => n.caption.length > 0)).toBe(true);
  });
});

describe('round trips', () => {
  const DEEP = `{ pdus(first: 100) { nodes { name inspections { rating recommendations { text themes { name } evidence { quote document { title } } } } } } }`;

  it('a deep query costs the same number of Cypher statements however many PDUs it returns', async () => {
    api.resetQueries();
    const before = (await ok(DEEP)).pdus.nodes.length;
    const seeded = api.queries.length;
    // Ten times the PDUs, each with an inspection and recommendations: the statement count must not move.
    await db.write((tx) => tx.run(`UNWIND range(1, 30) AS n
      MERGE (p:PDU {id: 'pdu:n1-' + n}) SET p.name = 'N+1 probe ' + n, p.aliases = []
      MERGE (i:Inspection {id: 'inspection:n1-' + n + ':2024-01'}) SET i.name = 'probe', i.rating = 'GOOD', i.fieldworkFrom = '2024-01', i.recommendationsComplete = true
      MERGE (i)-[:OF]->(p)
      MERGE (r:Recommendation {id: 'recommendation:n1-' + n + ':2024-01:1'}) SET r.text = 'probe', r.verbatim = true, r.position = 1
      MERGE (i)-[:RECOMMENDS]->(r)`));
    try {
      api.resetQueries();
      const d = await ok(DEEP);
      expect(d.pdus.nodes.length).toBe(Math.min(100, before + 30));
      expect(api.queries.length).toBe(seeded);
      // The root field's statement projects the whole selection.
      expect(seeded).toBe(1);
    } finally {
      await db.write((tx) => tx.run(`MATCH (n) WHERE n.id STARTS WITH 'pdu:n1-' OR n.id STARTS WITH 'inspection:n1-' OR n.id STARTS WITH 'recommendation:n1-' DETACH DELETE n`));
    }
  });
});

describe('the Cypher each operation emits', () => {
  // Snapshots in the manner of @neo4j/graphql's TCK: a change to the translate layer shows up here,
  // statement by statement, in review. Sorted, because sibling fields' batches may dispatch in
  // either order.
  it('A2 (a PDU page) and the deep query', async () => {
    api.resetQueries();
    await ok('query($id: ID!) { pdu(id: $id) { name inspections { rating recommendations { text themes { name } evidence { quote } } pressures { basis policy { code } } } } }', { id: LLR });
    expect([...api.queries].sort()).toMatchSnapshot();
    api.resetQueries();
    await ok('{ pdus(first: 100) { nodes { name inspections { rating recommendations { text themes { name } evidence { quote document { title } } } } } } }');
    expect([...api.queries].sort()).toMatchSnapshot();
  });
});

describe('errors and edge cases', () => {
  it('rejects first above 100 with BAD_USER_INPUT naming the argument', async () => {
    const r = await api.graphql('{ pdus(first: 101) { totalCount } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.message).toMatch(/"first".*at most 100/);
  });

  it('rejects a cursor this API did not issue', async () => {
    const r = await api.graphql('{ people(first: 2, after: "bogus") { totalCount } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.message).toMatch(/"after"/);
  });

  it('pages with cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const d: any = await ok('query($after: String) { people(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }', { after });
      seen.push(...d.people.nodes.map((n: any) => n.id));
      total = d.people.totalCount;
      if (!d.people.pageInfo.hasNextPage) break;
      after = d.people.pageInfo.endCursor;
    }
    // The seeds' people: four from the documents and the Chief Inspectors dated in chief-inspectors.yaml.
    expect(total).toBe(9);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('returns null for an unknown id, without an error', async () => {
    const d = await ok('{ pdu(id: "pdu:atlantis") { name } inspection(id: "inspection:nowhere:2020-01") { id } neighbourhood(id: "pdu:atlantis") { nodes { id } } node(id: "nonsense") { id } }');
    expect(d).toEqual({ pdu: null, inspection: null, neighbourhood: null, node: null });
  });

  it('treats Lucene syntax in search text as words, not as an error', async () => {
    for (const text of ['risk AND (harm', 'title:*', '"unbalanced', 'a || b && !c', '\\']) {
      const r = await api.graphql('query($t: String!) { search(text: $t, first: 5) { hits { score } } }', { t: text });
      if (r.body.errors) expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      else expect(Array.isArray(r.body.data!.search.hits)).toBe(true);
    }
  });

  it('filters inspections by policy, rating, region and fieldwork dates', async () => {
    const d = await ok(`{
      sds40: inspections(filter: {policy: "SDS40"}) { totalCount nodes { id } }
      ri: inspections(filter: {rating: REQUIRES_IMPROVEMENT}) { nodes { id } }
      em: inspections(filter: {region: "region:east-midlands"}) { totalCount }
      late2024: inspections(filter: {fieldworkFrom: "2024-09", fieldworkTo: "2024-12"}) { nodes { id } }
      inadequatePdus: pdus(rating: INADEQUATE) { totalCount }
    }`);
    expect(d.sds40.totalCount).toBe(2);
    expect(d.ri.nodes.map((n: any) => n.id)).toEqual(['inspection:north-and-north-east-lincolnshire:reported-2023-03']);
    expect(d.em.totalCount).toBe(2);
    expect(d.late2024.nodes.map((n: any) => n.id)).toEqual(['inspection:north-and-north-east-lincolnshire:2024-10']);
    expect(d.inadequatePdus.totalCount).toBe(3);
  });

  it('maps Neo4j integers to plain JSON numbers', async () => {
    const d = await ok('{ inspection(id: "inspection:leicester-leicestershire-and-rutland:2025-03") { casesExamined recommendationCount evidence { start end } } }');
    expect(d.inspection.casesExamined).toBe(71);
    expect(typeof d.inspection.evidence[0].start).toBe('number');
  });
});
