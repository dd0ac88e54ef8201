/**
 * The cross-cutting analyses on the seeded graph, over real HTTP: recurring recommendations under a
 * shared policy, similarity, and the questions around them. Each result carries its explanation.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { okData, withSeededService, type TestService } from '../support/service.ts';

let db: Database;
let api: TestService;

withSeededService((s) => ({ db, api } = s));

const ok = (query: string, variables?: Record<string, unknown>) => okData(api, query, variables);

const RECURRING = `query($policy: String) {
  recurringRecommendations(policy: $policy) { themes {
    theme { key name } pduCount pdus { name } explanation
    pressures { inspection { id } bases certainty }
    recommendations { text inspection { fieldworkFrom pdu { name } } }
  } }
}`;

type Group = { theme: { key: string }; pdus: { name: string }[]; explanation: string; pressures: { inspection: { id: string }; bases: string[] }[]; recommendations: { text: string; inspection: { fieldworkFrom: string; pdu: { name: string } } }[] };
const LLR = 'Leicester, Leicestershire and Rutland';
const NNEL = 'North and North East Lincolnshire';

function groupWith(groups: Group[], predicate: (texts: string[]) => boolean): Group | undefined {
  return groups.find((g) => predicate(g.recommendations.map((r) => r.text)));
}

describe('recurringRecommendations', () => {
  it('under SDS40 groups LLR’s management oversight with NNEL’s middle-manager capacity, without Leeds', async () => {
    const d = await ok(RECURRING, { policy: 'SDS40' });
    const groups: Group[] = d.recurringRecommendations.themes;
    const g = groupWith(groups, (t) => t.some((x) => /^Ensure effective management oversight/.test(x) || /Senior Probation Officers are focussed/.test(x)) && t.some((x) => /middle managers have sufficient capacity/.test(x)));
    expect(g, JSON.stringify(groups.map((x) => x.theme.key))).toBeDefined();
    expect(g!.pdus.map((p) => p.name)).toEqual(expect.arrayContaining([LLR, NNEL]));
    expect(g!.explanation).toMatch(/SDS40/);
    expect(g!.explanation).toMatch(/management oversight/i);
    expect(g!.pressures.every((p) => p.bases.includes('FIELDWORK_OVERLAP'))).toBe(true);
    for (const group of groups) expect(group.pdus.map((p) => p.name)).not.toContain('Leeds');
    // Sorted by the number of PDUs.
    const counts = groups.map((x) => x.pdus.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('without a policy groups LLR’s learning analysis with Leeds’s skills analysis', async () => {
    const d = await ok(RECURRING, { policy: null });
    const g = groupWith(d.recurringRecommendations.themes, (t) => t.some((x) => /^Conduct a learning analysis/.test(x)) && t.some((x) => /analysis of the skills, knowledge and experience/.test(x)));
    expect(g).toBeDefined();
    expect(g!.pdus.map((p) => p.name)).toEqual(expect.arrayContaining([LLR, 'Leeds']));
    expect(g!.explanation.length).toBeGreaterThan(40);
    expect(g!.pressures).toEqual([]);
  });

  it('under Probation Reset both groups appear', async () => {
    const d = await ok(RECURRING, { policy: 'PROBATION_RESET' });
    const groups: Group[] = d.recurringRecommendations.themes;
    expect(groupWith(groups, (t) => t.some((x) => /middle managers have sufficient capacity/.test(x)))).toBeDefined();
    expect(groupWith(groups, (t) => t.some((x) => /^Conduct a learning analysis/.test(x)) && t.some((x) => /skills, knowledge and experience/.test(x)))).toBeDefined();
  });

  it('rejects an unknown policy and a bad month, naming the argument', async () => {
    const r = await api.graphql('{ recurringRecommendations(policy: "NOPE") { explanation } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.message).toMatch(/"policy".*NOPE/);
    const m = await api.graphql('{ recurringRecommendations(from: "March 2024") { explanation } }');
    expect(m.body.errors?.[0]?.message).toMatch(/"from"/);
  });

  it('counts the whole group and lists at most `limit` of it, the explanation unchanged', async () => {
    const q = `query($limit: Int) { recurringRecommendations(policy: "SDS40", limit: $limit) { themes {
      theme { key } pduCount inspectionCount recommendationCount explanation
      pdus { name } inspections { id fieldworkFrom } pressures { inspection { id } } recommendations { id inspection { id } } } } }`;
    const all: any[] = (await ok(q, {})).recurringRecommendations.themes;
    const one: any[] = (await ok(q, { limit: 1 })).recurringRecommendations.themes;
    expect(all.length).toBeGreaterThan(0);
    expect(one.map((g) => g.theme.key)).toEqual(all.map((g) => g.theme.key));
    for (const [i, g] of all.entries()) {
      // The seeded groups are small: the default limit (20) lists all of them, and the counts agree.
      expect(g.pdus).toHaveLength(g.pduCount);
      expect(g.inspections).toHaveLength(g.inspectionCount);
      expect(g.recommendations).toHaveLength(g.recommendationCount);
      expect(g.pressures.map((p: any) => p.inspection.id)).toEqual(g.inspections.map((x: any) => x.id));
      // Newest fieldwork first; the recommendations follow their inspections.
      const months = g.inspections.map((x: any) => x.fieldworkFrom);
      expect(months).toEqual([...months].sort().reverse());
      const order = g.recommendations.map((r: any) => g.inspections.findIndex((x: any) => x.id === r.inspection.id));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      // limit 1: the same counts and explanation, one of each listed, the first of the full lists.
      const o = one[i];
      expect([o.pduCount, o.inspectionCount, o.recommendationCount, o.explanation]).toEqual([g.pduCount, g.inspectionCount, g.recommendationCount, g.explanation]);
      expect(o.pdus).toEqual(g.pdus.slice(0, 1));
      expect(o.inspections).toEqual(g.inspections.slice(0, 1));
      expect(o.pressures).toHaveLength(1);
      expect(o.recommendations).toEqual(g.recommendations.slice(0, 1));
      expect(g.explanation).toMatch(new RegExp(`^${g.recommendationCount} recommendations? to ${g.pduCount} PDUs \\(`));
    }
  });

  it('rejects a limit out of range, naming the argument', async () => {
    for (const limit of [0, 101]) {
      const r = await api.graphql('query($l: Int) { recurringRecommendations(policy: "SDS40", limit: $l) { themes { pduCount } } }', { l: limit });
      expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors?.[0]?.message).toMatch(limit ? /^Invalid argument "limit": must be at most 100/ : /^Invalid argument "limit": must be at least 1/);
    }
  });

  it('answers again from its cache until the graph changes', async () => {
    const q = '{ recurringRecommendations(policy: "SDS40", minPdus: 2, limit: 3) { themes { theme { key } pduCount explanation } } }';
    const isAnalysis = (c: string) => c.includes('RECOMMENDS') && c.includes('ABOUT');
    const first = await ok(q);
    api.resetQueries();
    expect(await ok(q)).toEqual(first);
    expect(api.queries.filter(isAnalysis)).toEqual([]);
    // Any commit is a new graph version: the analysis runs again, and sees the change.
    const llr = 'pdu:leicester-leicestershire-and-rutland';
    await db.write((tx) => tx.run('MATCH (p:PDU {id: $id}) SET p.name = p.name + " (renamed)"', { id: llr }));
    try {
      api.resetQueries();
      const again = await ok('{ recurringRecommendations(policy: "SDS40", minPdus: 2, limit: 3) { themes { pdus { name } } } }');
      expect(api.queries.filter(isAnalysis).length).toBeGreaterThan(0);
      expect(again.recurringRecommendations.themes[0].pdus.map((p: any) => p.name)).toContain(`${LLR} (renamed)`);
    } finally {
      await db.write((tx) => tx.run('MATCH (p:PDU {id: $id}) SET p.name = $name', { id: llr, name: LLR }));
    }
  });

  it('filters by region and fieldwork dates', async () => {
    const d = await ok('{ em: recurringRecommendations(region: "region:east-midlands", minPdus: 1) { themes { pdus { name } } } late: recurringRecommendations(from: "2024-09") { themes { pdus { name } } } }');
    for (const g of d.em.themes) expect(g.pdus.map((p: any) => p.name)).toEqual([LLR]);
    for (const g of d.late.themes) expect(g.pdus.map((p: any) => p.name)).not.toContain('Leeds');
  });
});

describe('similarRecommendations', () => {
  it('ranks Leeds’s skills analysis first for LLR’s learning analysis, with the shared terms', async () => {
    const d = await ok(`{ similarRecommendations(id: "recommendation:leicester-leicestershire-and-rutland:2025-03:2", first: 5) {
      score sharedTerms recommendation { text inspection { pdu { name } } } } }`);
    const [top] = d.similarRecommendations;
    expect(top.recommendation.inspection.pdu.name).toBe('Leeds');
    expect(top.recommendation.text).toMatch(/skills, knowledge and experience/);
    expect(top.sharedTerms).toEqual(expect.arrayContaining(['analysis', 'skills', 'knowledge']));
    expect(top.score).toBeGreaterThan(d.similarRecommendations[1].score);
  });
});

describe('around it', () => {
  it('policyTimeline gives each policy’s period with its inspections', async () => {
    const d = await ok('{ policyTimeline { policy { code } from until inspections(first: 100) { totalCount nodes { id } } } }');
    const sds40 = d.policyTimeline.find((p: any) => p.policy.code === 'SDS40');
    expect(sds40.from).toBe('2024-09-10');
    expect(sds40.inspections.totalCount).toBe(2);
    expect(sds40.inspections.nodes.map((i: any) => i.id)).toEqual(['inspection:north-and-north-east-lincolnshire:2024-10', 'inspection:leicester-leicestershire-and-rutland:2025-03']);
    const ecsl = d.policyTimeline.find((p: any) => p.policy.code === 'ECSL');
    expect(ecsl.inspections.nodes.map((i: any) => i.id)).toEqual(['inspection:leeds:2024-08']);
  });

  it('themeMatrix counts recommendations per policy and theme, with drill-down', async () => {
    const d = await ok('{ themeMatrix(policies: ["SDS40", "ECSL"]) { policies { code } themes { key } cells { policy theme count pduCount concernCount strengthCount recommendations { id } } } }');
    expect(d.themeMatrix.policies.map((p: any) => p.code)).toEqual(['ECSL', 'SDS40']);
    const cell = d.themeMatrix.cells.find((c: any) => c.policy === 'SDS40' && c.theme === 'management-oversight');
    expect(cell.pduCount).toBe(2);
    expect(cell.count).toBe(cell.recommendations.length);
    expect(d.themeMatrix.cells.every((c: any) => c.count + c.concernCount + c.strengthCount > 0)).toBe(true);
  });

  it('themeMatrix lists at most `limit` recommendations per cell and counts them all', async () => {
    const d = await ok('{ themeMatrix(policies: ["PROBATION_RESET"], limit: 1) { cells { count recommendations { id } concernCount concerns { id } } } }');
    expect(d.themeMatrix.cells.some((c: any) => c.count > 1)).toBe(true);
    for (const c of d.themeMatrix.cells) expect(c.recommendations).toHaveLength(Math.min(c.count, 1));
    for (const c of d.themeMatrix.cells) expect(c.concerns).toHaveLength(Math.min(c.concernCount, 1));
    const r = await api.graphql('{ themeMatrix(limit: 101) { cells { count } } }');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.message).toMatch(/^Invalid argument "limit": must be at most 100/);
  });

  it('ratingHistory and ratingCounts', async () => {
    const d = await ok('{ ratingHistory(pdu: "pdu:north-and-north-east-lincolnshire") { fieldworkFrom date dateBasis rating change } ratingCounts { counts { region { name } year rating count } } }');
    expect(d.ratingHistory).toEqual([
      // Known only as reported in March 2023: no fieldwork is stated, so none is shown; its date is the report's month.
      { fieldworkFrom: null, date: '2023-03', dateBasis: 'REPORTED', rating: 'REQUIRES_IMPROVEMENT', change: 'FIRST' },
      { fieldworkFrom: '2024-10', date: '2024-10', dateBasis: 'FIELDWORK', rating: 'INADEQUATE', change: 'DECLINED' },
    ]);
    expect(d.ratingCounts.counts).toContainEqual({ region: { name: 'East Midlands' }, year: 2022, rating: 'INADEQUATE', count: 1 });
  });

  it('each theme lists the PDUs that received it, and when', async () => {
    const d = await ok('{ themes { key occurrences(first: 100) { nodes { pdu { name } fieldworkFrom recommendationCount findingCount } } } }');
    const mo = d.themes.find((t: any) => t.key === 'management-oversight');
    expect(mo.occurrences.nodes.map((o: any) => o.pdu.name)).toEqual(expect.arrayContaining([LLR, NNEL]));
    expect(mo.occurrences.nodes.every((o: any) => o.recommendationCount + o.findingCount > 0)).toBe(true);
  });
});
