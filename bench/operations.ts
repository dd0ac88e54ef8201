/** The GraphQL operations the benchmarks time: the acceptance queries and each analysis. */
export const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  A2_pdu_page: {
    query: `query A2($id: ID!) { pdu(id: $id) { name inspections { id rating fieldworkFrom fieldworkTo publishedOn casesExamined recommendationCount
      previous { id rating } recommendations { text verbatim themes { name } evidence { quote document { title } } }
      findings { text polarity } quotes { text speaker { name } } pressures { basis policy { code } } evidence { quote document { id title } } } } }`,
    variables: { id: 'pdu:leicester-leicestershire-and-rutland' },
  },
  deep_all_pdus: {
    query: '{ pdus(first: 100) { nodes { name inspections { rating recommendations { text themes { name } evidence { quote document { title } } } } } } }',
  },
  search: { query: '{ search(text: "safeguarding", first: 20) { hits { score snippet node { id __typename } } } }' },
  neighbourhood: { query: '{ neighbourhood(id: "pdu:leicester-leicestershire-and-rutland", depth: 1, limit: 50) { nodes { id label caption } edges { from to type } } }' },
  recurring_sds40: {
    query: '{ recurringRecommendations(policy: "SDS40") { themes { theme { name } pdus { name } explanation recommendations { text inspection { fieldworkFrom pdu { name } } } } } }',
  },
  recurring_all: { query: '{ recurringRecommendations { themes { theme { name } pdus { name } explanation } } }' },
  similar: { query: '{ similarRecommendations(id: "recommendation:leicester-leicestershire-and-rutland:2025-03:2", first: 5) { score sharedTerms recommendation { text inspection { pdu { name } } } } }' },
  policy_timeline: { query: '{ policyTimeline { policy { code } from until inspections(first: 100) { totalCount nodes { name } } } }' },
  theme_matrix: { query: '{ themeMatrix { cells { policy theme count pduCount recommendations { id } } } }' },
  rating_history: { query: '{ ratingHistory(pdu: "pdu:leicester-leicestershire-and-rutland") { fieldworkFrom rating change } }' },
  rating_counts: { query: '{ ratingCounts { counts { region { name } year rating count } } }' },
  theme_occurrences: { query: '{ themes { name occurrences(first: 100) { totalCount nodes { pdu { name } fieldworkFrom } } } }' },
};
