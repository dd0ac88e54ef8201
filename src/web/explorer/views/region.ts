/// <reference lib="dom" />
/**
 * Which PDUs in a region share concerns (`regionProfile`): the region's PDUs with a matching
 * inspection (a rating, a period), the concern themes they share with the findings as evidence,
 * strengths apart, and the coverage. Route: #/region?region=<id>&rating=&from=&to=.
 */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerRegionProfileQuery } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { fieldworkCell, fieldworkFull } from '../dates.ts';
import { h, RATING_LABEL } from '../dom.ts';
import { evidenceDisclosure, evidenceText } from '../evidence.ts';
import { coverageBlock, field, go, inspectionLink, monthInput, pduLink, questionForm, ratingSelect } from '../form.ts';
import { directory, lookupField } from '../lookup.ts';
import { dataTable, ratingColumn } from '../table.ts';
import { findingsTable, themesTable } from './recurring.ts';
import type { Rating } from '../../../generated/client/graphql.ts';

const RegionProfileQuery = graphql(`
  query ExplorerRegionProfile($region: ID!, $rating: Rating, $from: String, $to: String) {
    regionProfile(region: $region, rating: $rating, from: $from, to: $to, limit: 20) {
      region { id name }
      pdus { id name }
      inspections { id name rating pdu { id name } fieldworkFrom fieldworkTo fieldworkBasis fieldworkWindowFrom fieldworkWindowTo fieldworkExplanation chiefInspector { name } chiefInspectorExplanation evidence { quote about document { id title url } } }
      concerns {
        themes { theme { name } pduCount inspectionCount findingCount pdus { id name } explanation findings { id text inspection { id name pdu { id name } } evidence { quote document { id title url } } } }
        explanation
      }
      strengths {
        themes { theme { name } pduCount inspectionCount findingCount pdus { id name } explanation findings { id text inspection { id name pdu { id name } } evidence { quote document { id title url } } } }
        explanation
      }
      coverage { summary excluded { reason kind count ids explanation } }
      explanation
    }
  }
`);

type Profile = NonNullable<ExplorerRegionProfileQuery['regionProfile']>;

function inspectionsTable(p: Profile, title: string): HTMLElement {
  return dataTable({
    title: `${title}: PDUs and inspections`,
    name: 'region-pdus',
    rows: p.inspections,
    empty: 'No inspection in the region matches.',
    columns: [
      { label: 'PDU', value: (i) => i.pdu.name, render: (i) => pduLink(i.pdu) },
      { label: 'Inspection', value: (i) => i.name, render: (i) => inspectionLink(i) },
      ratingColumn('Rating', (i: Profile['inspections'][number]) => i.rating),
      { label: 'Fieldwork', value: (i) => fieldworkFull(i), render: (i) => fieldworkCell(i) },
      { label: 'Chief Inspector', value: (i) => i.chiefInspector?.name ?? `none named: ${i.chiefInspectorExplanation}` },
      { label: 'Evidence', value: (i) => evidenceText(i.evidence), render: (i) => evidenceDisclosure(i.evidence) },
    ],
  });
}

const RATINGS = new Set(Object.keys(RATING_LABEL));

export async function regionView(params: URLSearchParams): Promise<HTMLElement> {
  const dir = await directory();
  const region = lookupField(dir, { id: 'region', label: 'Region', kinds: ['Region'], value: params.get('region') });
  const rating = ratingSelect(params.get('rating'));
  const from = monthInput('from', params.get('from'));
  const to = monthInput('to', params.get('to'));
  const form = questionForm(
    () => go('region', { region: region.selected(), rating: rating.value, from: from.value, to: to.value }),
    region.element, field('rating', 'Rating', rating), field('from', 'Fieldwork from', from), field('to', 'to', to),
  );
  const head = [h('h1', { id: 'region-title' }, 'Which PDUs in a region share concerns'), form];
  const id = params.get('region');
  if (!id) return h('section', { 'aria-labelledby': 'region-title' }, head, h('p', {}, 'Choose a region: type part of its name.'));
  const r = params.get('rating');
  const vars = { region: id, rating: r && RATINGS.has(r) ? (r as Rating) : null, from: params.get('from') || null, to: params.get('to') || null };
  const p = (await request(RegionProfileQuery, vars)).regionProfile;
  if (!p) return h('section', { 'aria-labelledby': 'region-title' }, head, h('p', { class: 'error' }, `There is no region with id ${id}.`));
  const title = `${p.region.name}${vars.rating ? `, ${RATING_LABEL[vars.rating]}` : ''}`;
  return h(
    'section',
    { 'aria-labelledby': 'region-title', class: 'question-view' },
    head,
    h('h2', {}, title),
    h('p', { class: 'explanation' }, p.explanation),
    inspectionsTable(p, title),
    h('h2', {}, 'Shared concerns'),
    h('p', {}, p.concerns.explanation),
    themesTable(p.concerns.themes, `${title}: shared concerns`),
    findingsTable(p.concerns.themes, `${title}: concern findings`),
    h('h2', {}, 'Shared strengths'),
    themesTable(p.strengths.themes, `${title}: shared strengths`),
    findingsTable(p.strengths.themes, `${title}: strength findings`),
    coverageBlock(p.coverage, title),
  );
}
