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
  recurringRecommendations(policy: $policy) {
    theme { key name } pduCount pdus { name } explanation
    pressures { inspection { id } bases }
    recommendations { text inspection { fieldworkFrom pdu { name } } }
  }
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
    const groups: Group[] = d.recurringRecommendations;
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
    const g = groupWith(d.recurringRecommendations, (t) => t.some((x) => /^Conduct a learning analysis/.test(x)) && t.some((x) => /analysis of the skills, knowledge and experience/.test(x)));
    expect(g).toBeDefined();
    expect(g!.pdus.map((p) => p.name)).toEqual(expect.arrayContaining([LLR, 'Leeds']));
    expect(g!.explanation.length).toBeGreaterThan(40);
    expect(g!.pressures).toEqual([]);
  });

  it('under Probation Reset both groups appear', async () => {
    const d = await ok(RECURRING, { policy: 'PROBATION_RESET' });
    const groups: Group[] = d.recurringRecommendations;
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

  it('filters by region and fieldwork dates', async () => {
    const d = await ok('{ em: recurringRecommendations(region: "region:east-midlands", minPdus: 1) { pdus { name } } late: recurringRecommendations(from: "2024-09") { pdus { name } } }');
    for (const g of d.em) expect(g.pdus.map((p: any) => p.name)).toEqual([LLR]);
    for (const g of d.late) expect(g.pdus.map((p: any) => p.name)).not.toContain('Leeds');
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
    const d = await ok('{ policyTimeline { policy { code } from until inspections { id } } }');
    const sds40 = d.policyTimeline.find((p: any) => p.policy.code === 'SDS40');
    expect(sds40.from).toBe('2024-09-10');
    expect(sds40.inspections.map((i: any) => i.id)).toEqual(['inspection:north-and-north-east-lincolnshire:2024-10', 'inspection:leicester-leicestershire-and-rutland:2025-03']);
    const ecsl = d.policyTimeline.find((p: any) => p.policy.code === 'ECSL');
    expect(ecsl.inspections.map((i: any) => i.id)).toEqual(['inspection:leeds:2024-08']);
  });

  it('themeMatrix counts recommendations per policy and theme, with drill-down', async () => {
    const d = await ok('{ themeMatrix(policies: ["SDS40", "ECSL"]) { policies { code } themes { key } cells { policy theme count pduCount recommendations { id } } } }');
    expect(d.themeMatrix.policies.map((p: any) => p.code)).toEqual(['ECSL', 'SDS40']);
    const cell = d.themeMatrix.cells.find((c: any) => c.policy === 'SDS40' && c.theme === 'management-oversight');
    expect(cell.pduCount).toBe(2);
    expect(cell.count).toBe(cell.recommendations.length);
    expect(d.themeMatrix.cells.every((c: any) => c.count > 0)).toBe(true);
  });

  it('ratingHistory and ratingCounts', async () => {
    const d = await ok('{ ratingHistory(pdu: "pdu:north-and-north-east-lincolnshire") { fieldworkFrom rating change } ratingCounts { region { name } year rating count } }');
    expect(d.ratingHistory).toEqual([
      { fieldworkFrom: '2023-03', rating: 'REQUIRES_IMPROVEMENT', change: 'FIRST' },
      { fieldworkFrom: '2024-10', rating: 'INADEQUATE', change: 'DECLINED' },
    ]);
    expect(d.ratingCounts).toContainEqual({ region: { name: 'East Midlands' }, year: 2022, rating: 'INADEQUATE', count: 1 });
  });

  it('each theme lists the PDUs that received it, and when', async () => {
    const d = await ok('{ themes { key occurrences { pdu { name } fieldworkFrom recommendationCount findingCount } } }');
    const mo = d.themes.find((t: any) => t.key === 'management-oversight');
    expect(mo.occurrences.map((o: any) => o.pdu.name)).toEqual(expect.arrayContaining([LLR, NNEL]));
    expect(mo.occurrences.every((o: any) => o.recommendationCount + o.findingCount > 0)).toBe(true);
  });
});
