/**
 * TCK, analyses: every statement an analysis runs, from its arguments (as the resolver passes them,
 * after validation) to the Cypher and parameters (__snapshots__/analyses/*.cypher); and a theme's
 * occurrences, a relation that aggregates, both projected and batched.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/analysis/statement.ts';
import { RECURRING_NAMES_CYPHER, recurringStatement, sampleRecommendationsStatement } from '../../src/analysis/recurring.ts';
import { policyTimelineStatement, themeMatrixStatement } from '../../src/analysis/timeline.ts';
import { ratingCountsStatement, ratingHistoryStatement } from '../../src/analysis/ratings.ts';
import { recommendationsStatement } from '../../src/analysis/similarity.ts';
import { relationBatchCypher } from '../../src/graphql/translate/batch.ts';
import { RELATIONS } from '../../src/graphql/translate/relations.ts';
import { ANALYSIS_FIELDS, cypherFile, expectTranslation, matchCypher } from './support.ts';

const everywhere = { policy: null, minPdus: 2, region: null, from: null, to: null };

/** Per analysis field: [snapshot name, what went in, the statement]. */
const CASES: Record<string, [string, string, Statement][]> = {
  recurringRecommendations: [
    ['recurring-under-a-policy', 'recurringStatement({policy: "SDS40", minPdus: 2})', recurringStatement({ ...everywhere, policy: 'SDS40' })],
    ['recurring-everywhere', 'recurringStatement({minPdus: 3})', recurringStatement({ ...everywhere, minPdus: 3 })],
    [
      'recurring-in-a-region-and-period',
      'recurringStatement({policy: "PROBATION_RESET", region: "region:london", from: "2024-01", to: "2025-06"})',
      recurringStatement({ policy: 'PROBATION_RESET', minPdus: 2, region: 'region:london', from: '2024-01', to: '2025-06' }),
    ],
    [
      'recurring-sample-recommendations',
      'sampleRecommendationsStatement([{theme: "theme:oversight", inspection: "inspection:leeds:2024-08", k: 0}])',
      sampleRecommendationsStatement([{ theme: 'theme:oversight', inspection: 'inspection:leeds:2024-08', k: 0 }]),
    ],
    ['recurring-names-for-the-benchmark', 'RECURRING_NAMES_CYPHER (bench/suite.ts), policy SDS40', { cypher: RECURRING_NAMES_CYPHER, params: { ...everywhere, policy: 'SDS40', sample: 100 } }],
  ],
  themeMatrix: [
    ['theme-matrix-everything', 'themeMatrixStatement({policies: null, themes: null})', themeMatrixStatement({ policies: null, themes: null })],
    [
      'theme-matrix-some-policies-and-themes',
      'themeMatrixStatement({policies: ["SDS40", "PROBATION_RESET"], themes: ["oversight"]})',
      themeMatrixStatement({ policies: ['SDS40', 'PROBATION_RESET'], themes: ['oversight'] }),
    ],
  ],
  similarRecommendations: [['similar-recommendations-corpus', 'recommendationsStatement()', recommendationsStatement()]],
  policyTimeline: [['policy-timeline', 'policyTimelineStatement()', policyTimelineStatement()]],
  ratingHistory: [['rating-history', 'ratingHistoryStatement("pdu:leeds")', ratingHistoryStatement('pdu:leeds')]],
  ratingCounts: [['rating-counts', 'ratingCountsStatement()', ratingCountsStatement()]],
};

describe('analyses', () => {
  it.each(Object.values(CASES).flat())('%s', async (name, input, statement) => {
    await matchCypher('analyses', name, cypherFile(input, statement));
  });

  it('covers every analysis root field', () => {
    expect(Object.keys(CASES).sort()).toEqual(ANALYSIS_FIELDS);
  });

  it("a theme's occurrences: projected under the root field, and batched for the loaders", async () => {
    const query = '{ themes { name occurrences { pdu { name } inspection { id } fieldworkFrom recommendationCount findingCount } } }';
    await expectTranslation('analyses', 'theme-occurrences-projected', query);
    const batched = { cypher: relationBatchCypher(RELATIONS['Theme.occurrences']), params: { keys: ['theme:oversight'] } };
    await matchCypher('analyses', 'theme-occurrences-batched', cypherFile("relationBatchCypher(RELATIONS['Theme.occurrences'])", batched));
  });
});
