/**
 * TCK, analyses: every statement an analysis runs, from its arguments (as the resolver passes them,
 * after validation) to the Cypher and parameters (__snapshots__/analyses/*.cypher); and a theme's
 * occurrences, a relation that aggregates, both projected and batched.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/analysis/statement.ts';
import { RECURRING_NAMES_CYPHER, recurringStatement, sampleItemsStatement } from '../../src/analysis/recurring.ts';
import { policyTimelineStatement, themeMatrixStatement } from '../../src/analysis/timeline.ts';
import { ratingCountsStatement, ratingHistoryStatement } from '../../src/analysis/ratings.ts';
import { coverageStatement, policiesCoverageStatement } from '../../src/analysis/coverage.ts';
import { pduChangesStatement } from '../../src/analysis/changes.ts';
import { regionMatchesStatement } from '../../src/analysis/profile.ts';
import { NO_SCOPE } from '../../src/analysis/scope.ts';
import { candidateQuery, CANDIDATE_SETS, recommendationsOfSetsStatement, similarCandidatesStatement, similarTargetStatement, termDfStatement } from '../../src/analysis/similarity.ts';
import { connectionBatchCypher } from '../../src/graphql/translate/batch.ts';
import { RELATIONS } from '../../src/graphql/translate/relations.ts';
import { ANALYSIS_FIELDS, cypherFile, expectTranslation, matchCypher } from './support.ts';

const everywhere = { ...NO_SCOPE, minPdus: 2 };
const yorkshireInadequate = { ...NO_SCOPE, region: 'region:yorkshire-and-the-humber', rating: 'INADEQUATE' as const, minPdus: 2 };

/** Per analysis field: [snapshot name, what went in, the statement]. */
const CASES: Record<string, [string, string, Statement][]> = {
  recurringRecommendations: [
    ['recurring-under-a-policy', 'recurringStatement({policy: "SDS40", minPdus: 2})', recurringStatement({ ...everywhere, policy: 'SDS40' })],
    ['recurring-everywhere', 'recurringStatement({minPdus: 3})', recurringStatement({ ...everywhere, minPdus: 3 })],
    [
      'recurring-in-a-region-and-period',
      'recurringStatement({policy: "PROBATION_RESET", region: "region:london", from: "2024-01", to: "2025-06"})',
      recurringStatement({ ...everywhere, policy: 'PROBATION_RESET', region: 'region:london', from: '2024-01', to: '2025-06' }),
    ],
    [
      'recurring-sample-recommendations',
      'sampleItemsStatement([{theme: "theme:oversight", inspection: "inspection:leeds:2024-08", k: 0}])',
      sampleItemsStatement([{ theme: 'theme:oversight', inspection: 'inspection:leeds:2024-08', k: 0 }]),
    ],
    ['recurring-names-for-the-benchmark', 'RECURRING_NAMES_CYPHER (bench/suite.ts), policy SDS40', { cypher: RECURRING_NAMES_CYPHER, params: { ...everywhere, policy: 'SDS40', sample: 100 } }],
    ['recurring-coverage-under-a-policy', 'coverageStatement({policy: "SDS40"}, "RECOMMENDATION")', coverageStatement({ ...NO_SCOPE, policy: 'SDS40' }, 'RECOMMENDATION')],
    [
      'recurring-possible-pressures-too',
      'recurringStatement({policy: "SDS40", includePossible: true})',
      recurringStatement({ ...everywhere, policy: 'SDS40', includePossible: true }),
    ],
  ],
  recurringConcerns: [
    ['concerns-under-a-policy', 'recurringStatement({policy: "SDS40"}, "CONCERN")', recurringStatement({ ...everywhere, policy: 'SDS40' }, 'CONCERN')],
    ['concerns-sample-findings', 'sampleItemsStatement([...], "CONCERN")', sampleItemsStatement([{ theme: 'theme:oversight', inspection: 'inspection:leeds:2024-08', k: 0 }], 'CONCERN')],
    ['concerns-coverage', 'coverageStatement({policy: "SDS40"}, "CONCERN")', coverageStatement({ ...NO_SCOPE, policy: 'SDS40' }, 'CONCERN')],
  ],
  regionProfile: [
    ['region-profile-matches', 'regionMatchesStatement({region: "region:yorkshire-and-the-humber", rating: INADEQUATE})', regionMatchesStatement(yorkshireInadequate)],
    ['region-profile-strengths', 'recurringStatement({region, rating}, "STRENGTH")', recurringStatement(yorkshireInadequate, 'STRENGTH')],
    ['region-profile-coverage', 'coverageStatement({region, rating}, "NONE")', coverageStatement(yorkshireInadequate, 'NONE')],
  ],
  pduChanges: [['pdu-changes', 'pduChangesStatement("pdu:leicester-leicestershire-and-rutland")', pduChangesStatement('pdu:leicester-leicestershire-and-rutland')]],
  themeMatrix: [
    ['theme-matrix-everything', 'themeMatrixStatement({policies: null, themes: null})', themeMatrixStatement({ policies: null, themes: null })],
    ['theme-matrix-policy-coverage', 'policiesCoverageStatement(["PROBATION_RESET", "SDS40"], false) (every row\'s policy, also policyTimeline\'s)', policiesCoverageStatement(['PROBATION_RESET', 'SDS40'], false)],
    [
      'theme-matrix-some-policies-and-themes',
      'themeMatrixStatement({policies: ["SDS40", "PROBATION_RESET"], themes: ["oversight"]})',
      themeMatrixStatement({ policies: ['SDS40', 'PROBATION_RESET'], themes: ['oversight'] }),
    ],
  ],
  similarRecommendations: [
    ['similar-recommendations-target', 'similarTargetStatement("recommendation:leeds:2024-08:1")', similarTargetStatement('recommendation:leeds:2024-08:1')],
    [
      'similar-recommendations-candidates',
      'similarCandidatesStatement(["analysi", "knowledg", "skill"], candidateQuery(...), CANDIDATE_SETS)',
      similarCandidatesStatement(['analysi', 'knowledg', 'skill'], candidateQuery(['analysi', 'knowledg', 'skill']), CANDIDATE_SETS),
    ],
    ['similar-recommendations-long-text-df', 'termDfStatement(["analysi", "skill"])', termDfStatement(['analysi', 'skill'])],
    [
      'similar-recommendations-of-sets',
      'recommendationsOfSetsStatement(["analysi knowledg skill"], "recommendation:leeds:2024-08:1", 10)',
      recommendationsOfSetsStatement(['analysi knowledg skill'], 'recommendation:leeds:2024-08:1', 10),
    ],
  ],
  policyTimeline: [['policy-timeline', 'policyTimelineStatement()', policyTimelineStatement()]],
  ratingHistory: [['rating-history', 'ratingHistoryStatement("pdu:leeds")', ratingHistoryStatement('pdu:leeds')]],
  ratingCounts: [
    ['rating-counts', 'ratingCountsStatement()', ratingCountsStatement()],
    ['rating-counts-coverage', 'coverageStatement(no scope, "NONE")', coverageStatement(NO_SCOPE, 'NONE')],
  ],
};

describe('analyses', () => {
  it.each(Object.values(CASES).flat())('%s', async (name, input, statement) => {
    await matchCypher('analyses', name, cypherFile(input, statement));
  });

  it('covers every analysis root field', () => {
    expect(Object.keys(CASES).sort()).toEqual(ANALYSIS_FIELDS);
  });

  it("a theme's occurrences: projected under the root field, and batched for the loaders", async () => {
    const query = '{ themes { name occurrences(first: 10) { totalCount nodes { pdu { name } inspection { id } fieldworkFrom recommendationCount findingCount concernCount strengthCount } } } }';
    await expectTranslation('analyses', 'theme-occurrences-projected', query);
    const batched = { cypher: connectionBatchCypher(RELATIONS['Theme.occurrences']), params: { keys: ['theme:oversight'], offset: 0, first: 20 } };
    await matchCypher('analyses', 'theme-occurrences-batched', cypherFile("connectionBatchCypher(RELATIONS['Theme.occurrences'])", batched));
  });
});
