/**
 * The README's example queries (A1–A12 under "Example queries", and the analyses), in one place:
 * GraphiQL opens one tab per entry. Each `readme` is the query exactly as README.md prints it, and
 * src/web/example-queries.test.ts checks both ways that the two agree (every entry appears in the
 * README, every query in the README is an entry) and that every entry validates against the schema:
 * change a query here and in the README together.
 *
 * Browser-safe: no Node imports (the GraphiQL bundle imports this module).
 */
import { parse, print } from 'graphql';

export interface ExampleQuery {
  /** The operation name, and so the GraphiQL tab's title (given to the README's anonymous queries). */
  name: string;
  /** What the query answers, in the README's words; a comment line at the top of the tab. */
  title: string;
  /** The query as README.md prints it. */
  readme: string;
  /** Variables, where the README gives them. */
  variables?: Record<string, unknown>;
}

const LLR = { id: 'pdu:leicester-leicestershire-and-rutland' };
const LLR_2025 = { id: 'inspection:leicester-leicestershire-and-rutland:2025-03' };

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    name: 'A1',
    title: 'Every PDU with its region',
    readme: 'query A1 { pdus(first: 100) { totalCount nodes { id name region { name } } } }',
  },
  {
    name: 'A2',
    title: "A PDU's inspections, newest first, with everything about them and the evidence",
    readme: `query A2($id: ID!) {
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
}`,
    variables: LLR,
  },
  {
    name: 'A3',
    title: 'A policy and the inspections whose fieldwork fell under it',
    readme: 'query A3 { policy(code: "SDS40") { code name inForceFrom sources inspections { totalCount nodes { pdu { name } fieldworkFrom } } } }',
  },
  {
    name: 'A4',
    title: 'Who said what',
    readme: 'query A4 { people(first: 100) { nodes { name roles { title organisation { name } } quotes { nodes { text } } } } }',
  },
  {
    name: 'A5',
    title: 'Full-text search over recommendations, findings, quotes and documents',
    readme: 'query A5 { search(text: "safeguarding", first: 20) { total hits { score snippet node { id __typename } } } }',
  },
  {
    name: 'A6',
    title: 'The neighbourhood of any node, ready to draw',
    readme: 'query A6($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 50) { nodes { id label caption } edges { from to type } } }',
    variables: LLR,
  },
  {
    name: 'A7',
    title: 'Inspections under a policy, filtered, with what the filter could not decide',
    readme: 'query { inspections(first: 20, filter: { policy: "SDS40", rating: INADEQUATE }) { totalCount nodes { id pdu { name } fieldworkFrom } excluded { reason count explanation } } }',
  },
  {
    name: 'A8',
    title: 'Search narrowed to one PDU, with facet counts',
    readme: `query A8 {
  search(text: "oversight", filter: { pdu: "pdu:leicester-leicestershire-and-rutland" }) {
    total byKind { kind count } byPdu { pdu { name } count }
    hits { snippet node { id __typename } }
    explanation
  }
}`,
  },
  {
    name: 'A9',
    title: 'Who was Chief Inspector during an inspection, and which framework judged it',
    readme: `query A9($id: ID!) {
  inspection(id: $id) {
    name date dateBasis fieldworkBasis fieldworkExplanation
    chiefInspector { name roles { title from until sources } }
    chiefInspectorExplanation
    frameworks { certainty explanation framework { name from until sources } }
  }
}`,
    variables: LLR_2025,
  },
  {
    name: 'A10',
    title: 'Recommendation lineage: what says much the same, here or elsewhere',
    readme: `query A10 {
  node(id: "recommendation:leicester-leicestershire-and-rutland:2025-03:2") {
    ... on Recommendation { text recurs { direction samePdu score method sharedTerms recommendation { text inspection { pdu { name } } } } }
  }
}`,
  },
  {
    name: 'A11',
    title: 'Commitments due or overdue at a date, with owner and status',
    readme: 'query A11 { commitments(dueBy: "2026-04-01") { text dueBy status statusAsOf owner { name } evidence { about quote document { title } } } }',
  },
  {
    name: 'A12',
    title: 'The inspection programmes (frameworks) and their sources',
    readme: 'query A12 { frameworks { name from until inspects sources } }',
  },
  {
    name: 'RecurringRecommendations',
    title: 'Recurring recommendations under a policy',
    readme: `{ recurringRecommendations(policy: "SDS40") {
    themes {
      theme { name } pdus { name } explanation
      pressures { inspection { id } bases certainty }
      recommendations { text inspection { fieldworkFrom pdu { name } } } }
    coverage { considered { inspections pdus recommendations } excluded { reason count ids } summary }
    explanation } }`,
  },
  {
    name: 'RecurringConcerns',
    title: 'Recurring concerns (negative findings) under a policy',
    readme: `{ recurringConcerns(policy: "SDS40") {
    themes { theme { name } pdus { name } explanation findings { text evidence { quote document { title } } } }
    coverage { summary } } }`,
  },
  {
    name: 'PduChanges',
    title: 'What changed for a PDU between its inspections',
    readme: `query PduChanges($pdu: ID!) {
  pduChanges(pdu: $pdu) {
    changes {
      before { id rating } after { id rating } rating
      frameworks { same explanation }
      concerns { new { theme { name } after { text } } persisting { theme { name } } notReportedAgain { theme { name } } }
      strengths { new { theme { name } } }
      recurringRecommendations { recommendation { text } earlier { text } score }
      coverage { notes }
    }
    coverage { summary }
    explanation
  }
}`,
    variables: { pdu: 'pdu:leicester-leicestershire-and-rutland' },
  },
  {
    name: 'RegionProfile',
    title: "A region's PDUs of one rating and the concerns they share",
    readme: `{ regionProfile(region: "region:yorkshire-and-the-humber", rating: INADEQUATE) {
    pdus { name }
    concerns { themes { theme { name } pduCount pdus { name } findings { text evidence { quote document { title } } } } }
    strengths { themes { theme { name } pduCount } }
    coverage { summary } explanation } }`,
  },
  {
    name: 'SimilarRecommendations',
    title: 'Similar recommendations, even without a shared theme',
    readme: `{ similarRecommendations(id: "recommendation:leicester-leicestershire-and-rutland:2025-03:2", first: 2) {
    score sharedTerms recommendation { text inspection { pdu { name } } } } }`,
  },
  {
    name: 'PolicyTimeline',
    title: 'Policy timeline, for a timeline chart',
    readme: '{ policyTimeline { policy { code } from until inspections { nodes { name } } possible { nodes { name } } } }',
  },
  {
    name: 'ThemeMatrix',
    title: 'Theme matrix, for a heat map, with drill-down to the recommendations',
    readme: '{ themeMatrix(policies: ["SDS40", "PROBATION_RESET"], themes: ["management-oversight", "learning-and-development"]) { cells { policy theme count pduCount concernCount strengthCount recommendations { id } } coverage { policy { code } coverage { summary } } } }',
  },
  {
    name: 'RatingHistory',
    title: "A PDU's rating history",
    readme: '{ ratingHistory(pdu: "pdu:north-and-north-east-lincolnshire") { fieldworkFrom rating change } }',
  },
  {
    name: 'RatingCounts',
    title: 'Rating counts by region and year, every rated inspection counted',
    readme: '{ ratingCounts { counts { region { name } year rating count bases { basis count } } coverage { summary } explanation } }',
  },
  {
    name: 'ThemeOccurrences',
    title: 'Per theme, the PDUs that received it and when',
    readme: '{ themes { name occurrences { nodes { pdu { name } fieldworkFrom concernCount strengthCount } } } }',
  },
];

/** The query with its operation named: `{ ... }` and `query { ... }` become `query Name { ... }`. */
export function namedQuery(example: ExampleQuery): string {
  const text = example.readme.trimStart();
  if (text.startsWith('{')) return `query ${example.name} ${text}`;
  const anonymous = /^query\s*(?=[{(])/.exec(text);
  return anonymous ? `query ${example.name} ${text.slice(anonymous[0].length)}` : text;
}

/** GraphiQL's `defaultTabs`: one tab per example, titled by its operation name, laid out one field a line. */
export function exampleTabs(): { query: string; variables?: string }[] {
  return EXAMPLE_QUERIES.map((e) => ({
    query: `# ${e.title}\n${print(parse(namedQuery(e)))}\n`,
    ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}),
  }));
}
