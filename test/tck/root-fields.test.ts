/**
 * TCK, root fields: for every root field that reads the graph, a GraphQL operation in and the one
 * statement its resolver runs out (__snapshots__/root-fields/*.cypher). The selection below the
 * root field is projected into that statement; relations become COLLECT subqueries.
 */
import { describe, expect, it } from 'vitest';
import { ROOT_STATEMENTS } from '../../src/graphql/translate/root-fields.ts';
import { encodeCursor } from '../../src/graphql/pagination.ts';
import { ANALYSIS_FIELDS, QUERY_FIELDS, expectTranslation, rootField, translate } from './support.ts';

/** [snapshot name, operation, variables?] */
const CASES: [string, string, Record<string, unknown>?][] = [
  ['regions', '{ regions { id name statedPduCount pdus { name } } }'],
  ['pdus', '{ pdus(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { name latestRating region { name } } } }'],
  ['pdus-after-a-cursor', `{ pdus(first: 10, after: "${encodeCursor(9)}") { edges { cursor node { id } } } }`],
  ['pdu', '{ pdu(id: "pdu:leeds") { name aliases latestRating inspections { fieldworkFrom rating } mentionedIn(first: 5) { totalCount nodes { title } } } }'],
  ['inspections', '{ inspections(first: 5) { totalCount nodes { id fieldworkFrom rating pdu { name } } } }'],
  ['inspection', '{ inspection(id: "inspection:leeds:2024-08") { rating previous { rating } recommendations { position text themes { name } } pressures { basis explanation } } }'],
  [
    'inspection-dates-chief-inspector-and-frameworks',
    '{ inspection(id: "inspection:leeds:2024-08") { date dateBasis fieldworkBasis fieldworkWindowFrom fieldworkWindowTo chiefInspector { name } chiefInspectors { person { name } from until wholeWindow } chiefInspectorExplanation frameworks { certainty explanation framework { name } } pressures { certainty policy { code } } } }',
  ],
  ['recommendation-lineage', '{ node(id: "recommendation:leeds:2024-08:1") { ... on Recommendation { text recurs { direction samePdu score method sharedTerms explanation recommendation { id inspection { pdu { name } } } } } } }'],
  ['themes', '{ themes { key name phrases } }'],
  ['people', '{ people(first: 3) { edges { cursor node { name roles { title organisation { name } } } } } }'],
  ['person', 'query($id: ID!, $n: Int) { person(id: $id) { name quotes(first: $n) { totalCount nodes { text inspection { id } } } } }', { id: 'person:martin-jones', n: 3 }],
  ['policies', '{ policies { code name responsible { name } } }'],
  ['policy', '{ policy(code: "sds40") { code name inForceFrom inspections { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } } }'],
  ['documents', '{ documents(first: 2) { totalCount nodes { title kind publishedOn publisher { name } } } }'],
  ['document', '{ document(id: "document:x") { title text reports { id } mentionsPolicies { code } } }'],
  ['commitments', '{ commitments { id text dueBy madeBy { name } statedBy { name } } }'],
  ['commitments-due', '{ commitments(dueBy: "2026-04-01") { id text dueBy status statusAsOf owner { name } evidence { about quote } } }'],
  ['actions', '{ actions(status: [PLANNED, IN_PROGRESS]) { id text dueBy status statusAsOf takenBy { name } } }'],
  ['frameworks', '{ frameworks { key name from until inspects sources } }'],
  ['conflicts', '{ conflicts(first: 10) { nodes { id field storedValue reportedValue inspection { id } evidence { quote document { title } } } } }'],
  ['node', '{ node(id: "pdu:leeds") { id ... on PDU { name latestRating } ... on Inspection { rating } } }'],
  ['node-unknown-prefix', '{ node(id: "planet:mars") { id } }'],
  ['search', '{ search(text: "risk AND (harm", first: 5) { hits { score snippet node { id } } } }'],
  // The explanation says every facet, so the statement reads them all.
  ['search-explained', '{ search(text: "oversight") { explanation hits { node { id } } } }'],
  ['search-by-kind', '{ search(text: "oversight") { total byKind { kind count } } }'],
  [
    'search-filtered',
    'query($f: SearchFilter) { search(text: "oversight", filter: $f) { total byKind { kind count } byPdu { pdu { name } count } hits { node { id } } } }',
    { f: { pdu: 'pdu:leicester-leicestershire-and-rutland', region: 'region:east-midlands', labels: ['Finding', 'Document'], policy: 'SDS40', from: '2024-09', to: '2025-12' } },
  ],
  ['neighbourhood-depth-1', '{ neighbourhood(id: "pdu:leeds") { nodes { id } edges { from to } } }'],
  ['neighbourhood-depth-2', '{ neighbourhood(id: "pdu:leeds", depth: 2, limit: 100) { nodes { id } } }'],
  ['neighbourhood-depth-3', 'query($d: Int) { neighbourhood(id: "policy:sds40", depth: $d) { nodes { id } } }', { d: 3 }],
  ['neighbourhood-unknown-prefix', '{ neighbourhood(id: "planet:mars") { nodes { id } } }'],
];

describe('root fields', () => {
  it.each(CASES)('%s', async (name, query, variables) => {
    await expectTranslation('root-fields', name, query, variables);
  });

  it('without projection, root fields read whole nodes (the loaders answer the relations)', async () => {
    await expectTranslation('root-fields', 'pdus-without-projection', '{ pdus(first: 2) { nodes { name region { name } } } }', undefined, false);
    await expectTranslation('root-fields', 'node-without-projection', '{ node(id: "inspection:leeds:2024-08") { id } }', undefined, false);
  });

  it('covers every root field: those of the translate layer here, the analyses in analyses.test.ts', () => {
    const here = new Set(CASES.map(([, query, variables]) => rootField(query, variables).name));
    expect([...here].sort()).toEqual(Object.keys(ROOT_STATEMENTS).sort());
    expect([...Object.keys(ROOT_STATEMENTS), ...ANALYSIS_FIELDS].sort()).toEqual(QUERY_FIELDS);
  });

  it('gives the same text for the same query, whatever the values (Neo4j caches the plan by text)', () => {
    const a = translate('{ pdu(id: "pdu:a") { name } }')!;
    const b = translate('{ pdu(id: "pdu:b") { name } }')!;
    expect(a.cypher).toBe(b.cypher);
    expect([a.params, b.params]).toEqual([{ id: 'pdu:a' }, { id: 'pdu:b' }]);
  });

  it('validates arguments before building anything, naming the argument', () => {
    expect(() => translate('{ pdus(first: 101) { totalCount } }')).toThrow('Invalid argument "first": must be at most 100');
    expect(() => translate('{ search(text: "  ") { score } }')).toThrow('Invalid argument "text"');
    expect(() => translate('{ neighbourhood(id: "pdu:x", depth: 4) { nodes { id } } }')).toThrow('Invalid argument "depth": must be 1, 2 or 3');
    expect(() => translate('{ pdus(after: "nonsense") { totalCount } }')).toThrow('Invalid argument "after"');
  });
});
