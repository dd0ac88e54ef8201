/**
 * TCK, filters: every filter argument of the filtered root fields, alone and together, in and out
 * (__snapshots__/filters/*.cypher). A filter that is given adds its condition and a parameter;
 * an absent one adds nothing.
 */
import { describe, expect, it } from 'vitest';
import { missingPoliciesStatement } from '../../src/graphql/translate/filters.ts';
import { latestRating } from '../../src/analysis/chronology.ts';
import { cypherFile, expectTranslation, matchCypher, rootField, schema, translate } from './support.ts';

const PDUS = (args: string) => `{ pdus(first: 5${args}) { totalCount nodes { name latestRating } } }`;
const INSPECTIONS = (filter: string) => `{ inspections(first: 5, filter: ${filter}) { totalCount nodes { id rating } } }`;

/** [snapshot name, operation, variables?] */
const CASES: [string, string, Record<string, unknown>?][] = [
  ['pdus-unfiltered', PDUS('')],
  ['pdus-by-region', PDUS(', region: "region:east-midlands"')],
  ['pdus-by-latest-rating', PDUS(', rating: INADEQUATE')],
  ['pdus-by-region-and-latest-rating', 'query($r: ID, $rating: Rating) { pdus(region: $r, rating: $rating) { nodes { name } } }', { r: 'region:north-east', rating: 'GOOD' }],
  ['inspections-unfiltered', INSPECTIONS('{}')],
  ['inspections-by-rating', INSPECTIONS('{ rating: REQUIRES_IMPROVEMENT }')],
  ['inspections-by-region', INSPECTIONS('{ region: "region:london" }')],
  ['inspections-by-pdu', INSPECTIONS('{ pdu: "pdu:leeds" }')],
  ['inspections-by-policy', INSPECTIONS('{ policy: "sds40" }')],
  ['inspections-by-fieldwork-from', INSPECTIONS('{ fieldworkFrom: "2024-09" }')],
  ['inspections-by-fieldwork-to', INSPECTIONS('{ fieldworkTo: "2024-12" }')],
  ['inspections-include-possible-alone', INSPECTIONS('{ includePossible: true }')],
  ['inspections-by-policy-possible-too', `{ inspections(first: 5, filter: { policy: "SDS40", includePossible: true }) { totalCount excluded { reason count ids } nodes { id } } }`],
  [
    'inspections-by-every-filter',
    'query($f: InspectionFilter) { inspections(filter: $f) { nodes { id } } }',
    { f: { rating: 'INADEQUATE', region: 'region:london', pdu: 'pdu:ealing-and-hillingdon', policy: 'PROBATION_RESET', fieldworkFrom: '2024-01', fieldworkTo: '2025-06' } },
  ],
];

/** The filter arguments of a root field: its arguments but the paging ones, or the fields of its `filter` input. */
function filterArguments(field: string): string[] {
  const definition = schema.getQueryType()!.getFields()[field]!;
  const filter = definition.args.find((a) => a.name === 'filter');
  if (filter) return Object.keys((schema.getType('InspectionFilter') as unknown as { getFields(): object }).getFields());
  return definition.args.map((a) => a.name).filter((n) => n !== 'first' && n !== 'after');
}

describe('filters', () => {
  it.each(CASES)('%s', async (name, query, variables) => {
    await expectTranslation('filters', name, query, variables);
  });

  it('covers every filter argument of pdus and inspections, each alone', () => {
    for (const field of ['pdus', 'inspections']) {
      const alone = CASES.map(([, query, variables]) => rootField(query, variables))
        .filter((f) => f.name === field)
        .map((f) => Object.keys((field === 'pdus' ? f.args : (f.args.filter as object | undefined)) ?? {}).filter((n) => n !== 'first' && n !== 'after'))
        .filter((names) => names.length === 1)
        .map((names) => names[0]);
      expect(alone.sort(), field).toEqual(filterArguments(field).sort());
    }
  });

  it('pdus(rating:) and latestRating read the one definition of the latest inspection (chronology.ts)', () => {
    const statement = translate(PDUS(', rating: GOOD'))!;
    expect(statement.cypher).toContain(`WHERE ${latestRating('t', 'i')} = $rating`);
    expect(statement.cypher).toContain(`\`@latestRating\`: ${latestRating('t', 't1')}`);
  });

  it('unknown policy codes of an analysis argument', async () => {
    await matchCypher('filters', 'missing-policies', cypherFile('missingPoliciesStatement(["SDS40", "NOPE"])', missingPoliciesStatement(['SDS40', 'NOPE'])));
  });
});
