/**
 * "Latest rating" on a real Neo4j, over HTTP: one definition (src/analysis/chronology.ts) for the
 * `latestRating` field, the `pdus(rating:)` filter, the order of `PDU.inspections` and
 * `inspections`, and the rating history. An inspection is dated by its fieldwork, else (known only
 * from the news) by the month it was reported in, else by its publication date; one with no date
 * at all is the oldest. Three PDUs in a region of their own, added to the seeded graph:
 *
 *   news-newer   fieldwork 2022-03 GOOD;        no fieldwork, reported 2024-05 INADEQUATE  → INADEQUATE
 *   news-older   fieldwork 2024-03 OUTSTANDING; no fieldwork, reported 2021-06 REQUIRES_IMPROVEMENT → OUTSTANDING
 *   undated      fieldwork 2020-01 GOOD;        no date at all, INADEQUATE                  → GOOD
 *
 * Ordering by fieldwork alone (the filter's old definition) made news-older REQUIRES_IMPROVEMENT;
 * ordering by the date descending without care for null (the field's old one) made undated
 * INADEQUATE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { okData, startTestService, withSeededService, type TestService } from '../support/service.ts';

let db: Database;
let api: TestService;
let loaded: TestService;

withSeededService((s) => ({ db, api } = s));

const REGION = 'region:chronology-test';
const RATINGS = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];

interface TestInspection { id: string; rating: string; fieldworkFrom?: string; reportedIn?: string; publishedOn?: string }
/** Each PDU's inspections, newest first as documented: the order the API must give. */
const PDUS: { id: string; latest: string; inspections: TestInspection[] }[] = [
  {
    id: 'pdu:chronology-news-newer',
    latest: 'INADEQUATE',
    inspections: [
      { id: 'inspection:chronology-news-newer:reported-2024-05', rating: 'INADEQUATE', reportedIn: '2024-05' },
      { id: 'inspection:chronology-news-newer:2022-03', rating: 'GOOD', fieldworkFrom: '2022-03', publishedOn: '2022-06-01' },
    ],
  },
  {
    id: 'pdu:chronology-news-older',
    latest: 'OUTSTANDING',
    inspections: [
      { id: 'inspection:chronology-news-older:2024-03', rating: 'OUTSTANDING', fieldworkFrom: '2024-03' },
      { id: 'inspection:chronology-news-older:reported-2021-06', rating: 'REQUIRES_IMPROVEMENT', reportedIn: '2021-06' },
    ],
  },
  {
    id: 'pdu:chronology-undated',
    latest: 'GOOD',
    inspections: [
      { id: 'inspection:chronology-undated:2020-01', rating: 'GOOD', fieldworkFrom: '2020-01' },
      { id: 'inspection:chronology-undated:reported-undated', rating: 'INADEQUATE' },
    ],
  },
];

beforeAll(async () => {
  const pdus = PDUS.map((p) => ({ id: p.id, name: p.id.replace('pdu:', 'Chronology '), inspections: p.inspections.map((i) => ({ fieldworkFrom: null, reportedIn: null, publishedOn: null, ...i })) }));
  await db.write((tx) =>
    tx.run(
      `CREATE (r:Region {id: $region, name: 'Chronology test region'})
       WITH r UNWIND $pdus AS p
       CREATE (pdu:PDU {id: p.id, name: p.name})-[:IN_REGION]->(r)
       WITH pdu, p UNWIND p.inspections AS i
       CREATE (:Inspection {id: i.id, name: i.id, rating: i.rating, fieldworkFrom: i.fieldworkFrom, fieldworkTo: i.fieldworkFrom, reportedIn: i.reportedIn, publishedOn: i.publishedOn})-[:OF]->(pdu)`,
      { region: REGION, pdus },
    ),
  );
  loaded = await startTestService(db, { projection: false });
});
afterAll(async () => {
  await loaded?.close();
});

const PDU_PAGE = `query($region: ID, $rating: Rating) {
  pdus(first: 100, region: $region, rating: $rating) { nodes { id latestRating inspections { id rating } } }
}`;

describe('latest rating: one definition for the field, the filter and the orders', () => {
  it('latestRating is the rating of the newest inspection; undated inspections come last', async () => {
    for (const service of [api, loaded]) {
      const d = await okData(service, PDU_PAGE, { region: REGION });
      const got = d.pdus.nodes.map((p: any) => ({ id: p.id, latest: p.latestRating, inspections: p.inspections.map((i: any) => i.id) }));
      expect(got).toEqual(PDUS.map((p) => ({ id: p.id, latest: p.latest, inspections: p.inspections.map((i) => i.id) })));
      for (const p of d.pdus.nodes) expect(p.latestRating).toBe(p.inspections[0].rating);
    }
  });

  it('pdus(rating:) keeps exactly the PDUs whose latestRating is that rating', async () => {
    for (const rating of RATINGS) {
      const d = await okData(api, PDU_PAGE, { region: REGION, rating });
      const filtered = d.pdus.nodes.map((p: any) => p.id);
      expect(filtered, rating).toEqual(PDUS.filter((p) => p.latest === rating).map((p) => p.id));
      for (const p of d.pdus.nodes) expect(p.latestRating).toBe(rating);
    }
  });

  it('agrees with the filter on the seeded graph too', async () => {
    const all = await okData(api, '{ pdus(first: 100) { totalCount nodes { id latestRating } } }');
    expect(all.pdus.totalCount).toBeLessThanOrEqual(100);
    for (const rating of RATINGS) {
      const d = await okData(api, 'query($rating: Rating) { pdus(first: 100, rating: $rating) { nodes { id } } }', { rating });
      const expected = all.pdus.nodes.filter((p: any) => p.latestRating === rating).map((p: any) => p.id);
      expect(d.pdus.nodes.map((p: any) => p.id), rating).toEqual(expected);
    }
  });

  it('inspections(filter: {pdu}) lists them in the same order, and the rating history in reverse', async () => {
    for (const p of PDUS) {
      const d = await okData(api, 'query($pdu: ID!) { inspections(filter: {pdu: $pdu}) { nodes { id } } ratingHistory(pdu: $pdu) { inspection { id } rating } }', { pdu: p.id });
      const newestFirst = p.inspections.map((i) => i.id);
      expect(d.inspections.nodes.map((i: any) => i.id)).toEqual(newestFirst);
      expect(d.ratingHistory.map((x: any) => x.inspection.id)).toEqual([...newestFirst].reverse());
      expect(d.ratingHistory.at(-1).rating).toBe(p.latest);
    }
  });
});
