/// <reference lib="dom" />
/**
 * One inspection: its facts, each with its basis and one click from its evidence (rating, fieldwork,
 * publication, the date every ordering reads), who was Chief Inspector of Probation during the
 * fieldwork (`chiefInspector`, or everyone in post when the window straddles a change) and the
 * frameworks, its recommendations with their lineage (`Recommendation.recurs`), and its findings.
 * Route: #/inspection/<id>.
 */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerInspectionQuery } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { basisDate, fieldworkFull, inspectionDate } from '../dates.ts';
import { h, ratingBadge, RATING_LABEL, when } from '../dom.ts';
import { evidenceDisclosure, evidenceText, type EvidenceItem } from '../evidence.ts';
import { inspectionLink, pduLink } from '../form.ts';
import { dataTable } from '../table.ts';

const InspectionQuery = graphql(`
  query ExplorerInspection($id: ID!) {
    inspection(id: $id) {
      id name rating
      pdu { id name region { id name } }
      fieldworkFrom fieldworkTo fieldworkBasis fieldworkWindowFrom fieldworkWindowTo fieldworkRule fieldworkExplanation
      reportedIn publishedOn publishedOnBasis date dateBasis
      chiefInspector { id name }
      chiefInspectors { person { id name roles { title from until untilBasis untilExplanation } } from until interim wholeWindow }
      chiefInspectorExplanation
      frameworks { certainty explanation framework { name } }
      evidence { quote about document { id title url } }
      recommendations {
        id text
        evidence { quote document { id title url } }
        recurs { direction samePdu score sharedTerms explanation recommendation { id text inspection { id name pdu { id name } } } }
      }
      findings { id text polarity themes { name } evidence { quote document { id title url } } }
    }
  }
`);

type Insp = NonNullable<ExplorerInspectionQuery['inspection']>;
interface Fact { fact: string; value: string; evidence: readonly EvidenceItem[] }

const about = (i: Insp, ...keys: string[]) => i.evidence.filter((e) => e.about && keys.some((k) => e.about!.toLowerCase().includes(k)));

function chiefText(i: Insp): string {
  const holders = i.chiefInspectors.map((c) => {
    const role = c.person.roles.find((r) => r.title.startsWith('Chief Inspector') && r.from === c.from);
    const end = role ? basisDate(role.until, role.untilBasis, role.untilExplanation) : when(c.until);
    return `${c.person.name}${c.interim ? ' (interim)' : ''}: in post from ${when(c.from)}, until ${end}`;
  });
  return [i.chiefInspector ? `${i.chiefInspector.name}.` : 'None named.', i.chiefInspectorExplanation, ...holders].join(' ');
}

function facts(i: Insp): Fact[] {
  return [
    { fact: 'Rating', value: RATING_LABEL[i.rating] ?? i.rating, evidence: about(i, 'rating') },
    { fact: 'Fieldwork', value: fieldworkFull(i) + (i.fieldworkRule ? ` Rule: ${i.fieldworkRule}.` : ''), evidence: about(i, 'fieldwork') },
    { fact: 'Published', value: basisDate(i.publishedOn, i.publishedOnBasis, i.publishedOnBasis === 'UNKNOWN' ? 'no document gives the publication date' : null), evidence: about(i, 'publish') },
    { fact: 'Reported in', value: i.reportedIn ? `${when(i.reportedIn)} (the earliest document that reports it)` : i.fieldworkBasis === 'STATED' ? 'not needed: the fieldwork is stated' : 'no document gives a month', evidence: [] },
    { fact: 'Date used for ordering', value: inspectionDate(i), evidence: [] },
    { fact: 'Chief Inspector of Probation', value: chiefText(i), evidence: [] },
    { fact: 'Frameworks', value: i.frameworks.map((f) => `${f.framework.name} (${f.certainty.toLowerCase()}): ${f.explanation}`).join(' ') || 'none: no fieldwork window', evidence: [] },
    { fact: 'All evidence', value: `${i.evidence.length} quote${i.evidence.length === 1 ? '' : 's'}`, evidence: i.evidence },
  ];
}

function factsTable(i: Insp): HTMLElement {
  return dataTable({
    title: `Facts of ${i.name}`,
    name: 'facts',
    rows: facts(i),
    columns: [
      { label: 'Fact', value: (f) => f.fact },
      { label: 'Value and basis', value: (f) => f.value, render: (f) => (f.fact === 'Rating' ? [ratingBadge(i.rating)] : f.value) },
      { label: 'Evidence', value: (f) => evidenceText(f.evidence), render: (f) => (f.evidence.length ? evidenceDisclosure(f.evidence) : '—') },
    ],
  });
}

type Rec = Insp['recommendations'][number];
interface LineageRow { r: Rec; l: Rec['recurs'][number] | null }

function lineageTable(i: Insp): HTMLElement {
  return dataTable<LineageRow>({
    title: `Recommendations of ${i.name} and their lineage`,
    name: 'lineage',
    rows: i.recommendations.flatMap((r): LineageRow[] => (r.recurs.length ? r.recurs.map((l) => ({ r, l })) : [{ r, l: null }])),
    empty: 'The documents quote no recommendation of this inspection.',
    columns: [
      { label: 'Recommendation', value: ({ r }) => r.text },
      { label: 'Evidence', value: ({ r }) => evidenceText(r.evidence), render: ({ r }) => evidenceDisclosure(r.evidence) },
      { label: 'Recurs', value: ({ l }) => (l ? `${l.direction.toLowerCase()}, ${l.samePdu ? 'same PDU' : 'another PDU'}` : 'no similar recommendation') },
      { label: 'Other inspection', value: ({ l }) => l?.recommendation.inspection.name ?? '', render: ({ l }) => (l ? inspectionLink(l.recommendation.inspection) : '') },
      { label: 'Other recommendation', value: ({ l }) => l?.recommendation.text ?? '' },
      { label: 'Score', value: ({ l }) => (l ? l.score.toFixed(3) : ''), numeric: true },
      { label: 'Shared terms', value: ({ l }) => l?.sharedTerms.join(', ') ?? '' },
    ],
  });
}

function findingsTable(i: Insp): HTMLElement {
  return dataTable({
    title: `Findings of ${i.name}`,
    name: 'inspection-findings',
    rows: i.findings,
    empty: 'The documents report no finding of this inspection.',
    columns: [
      { label: 'Polarity', value: (f) => f.polarity.toLowerCase() },
      { label: 'Finding', value: (f) => f.text },
      { label: 'Themes', value: (f) => f.themes.map((t) => t.name).join(', ') },
      { label: 'Evidence', value: (f) => evidenceText(f.evidence), render: (f) => evidenceDisclosure(f.evidence) },
    ],
  });
}

export async function inspectionView(id: string): Promise<HTMLElement> {
  const i = (await request(InspectionQuery, { id })).inspection;
  if (!i) return h('section', {}, h('h1', {}, 'No such inspection'), h('p', {}, `There is no inspection with id ${id}.`));
  return h(
    'section',
    { 'aria-labelledby': 'inspection-title', class: 'question-view' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/pdus' }, 'PDUs'), ' › ', pduLink(i.pdu), ' › ', i.name),
    h('h1', { id: 'inspection-title' }, i.name),
    h('p', {}, i.pdu.region ? `${i.pdu.region.name} region. ` : '', h('a', { href: `#/changes?pdu=${encodeURIComponent(i.pdu.id)}` }, 'What changed for this PDU'), ' · ', h('a', { href: `#/graph/${encodeURIComponent(i.id)}` }, 'Neighbourhood graph')),
    factsTable(i),
    h('h2', {}, 'Recommendations and lineage'),
    lineageTable(i),
    h('h2', {}, 'Findings'),
    findingsTable(i),
  );
}
