/// <reference lib="dom" />
/**
 * Filtered search (`search(text, first, filter)`), narrowed step by step: the hits, and facet counts
 * by kind and by PDU that narrow the search when chosen; every filter (PDU, region, inspection, kinds,
 * policy, period) is kept in the URL and can be taken off again. Each hit is one click from its
 * evidence. Route: #/search?text=&pdu=&region=&inspection=&labels=Finding,Quote&policy=&from=&to=.
 */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerSearchQuery, SearchFilter } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { documentLinks, h } from '../dom.ts';
import { evidenceDisclosure, evidenceText, type EvidenceItem } from '../evidence.ts';
import { field, go, inspectionLink, monthInput, policySelect } from '../form.ts';
import { directory, lookupField, type Directory } from '../lookup.ts';
import { dataTable } from '../table.ts';

const SearchQuery = graphql(`
  query ExplorerSearch($text: String!, $filter: SearchFilter) {
    search(text: $text, first: 50, filter: $filter) {
      total
      scanned
      withoutPdu
      explanation
      byKind { kind count }
      byPdu { pdu { id name } count }
      hits {
        score
        snippet
        node {
          __typename
          id
          ... on Recommendation { text inspection { id name pdu { id name } } evidence { quote document { id title url } } }
          ... on Finding { text polarity inspection { id name pdu { id name } } evidence { quote document { id title url } } }
          ... on Quote { text speaker { name } quoteInspection: inspection { id name pdu { id name } } evidence { quote document { id title url } } }
          ... on Document { title url publishedOn reports { id name pdu { id name } } }
        }
      }
    }
  }
`);

type Hit = ExplorerSearchQuery['search']['hits'][number];
const KINDS = ['Recommendation', 'Finding', 'Quote', 'Document'];
const FILTERS = ['pdu', 'region', 'inspection', 'labels', 'policy', 'from', 'to'] as const;

function hitInspections(n: Hit['node']): { id: string; name: string; pdu: { id: string; name: string } }[] {
  if ('reports' in n) return n.reports;
  if ('quoteInspection' in n) return n.quoteInspection ? [n.quoteInspection] : [];
  if ('inspection' in n) return [n.inspection];
  return [];
}

function hitEvidence(n: Hit['node']): EvidenceItem[] {
  return 'evidence' in n ? n.evidence : [];
}

function hitText(n: Hit['node']): string {
  if ('title' in n) return n.title;
  if ('speaker' in n) return `${n.speaker ? `${n.speaker.name}: ` : ''}${n.text}`;
  return 'text' in n ? n.text : n.id;
}

function hitsTable(hits: readonly Hit[], title: string): HTMLElement {
  return dataTable({
    title,
    name: 'hits',
    rows: hits,
    empty: 'No hit.',
    columns: [
      { label: 'Kind', value: (r) => ('polarity' in r.node ? `${r.node.__typename} (${r.node.polarity.toLowerCase()})` : r.node.__typename) },
      { label: 'PDU', value: (r) => [...new Set(hitInspections(r.node).map((i) => i.pdu.name))].join('; ') },
      { label: 'Inspection', value: (r) => hitInspections(r.node).map((i) => i.name).join('; '), render: (r) => hitInspections(r.node).map((i, n) => [n ? '; ' : '', inspectionLink(i)]) },
      { label: 'Text', value: (r) => hitText(r.node), render: (r) => ('title' in r.node ? documentLinks({ id: r.node.id, title: r.node.title, url: r.node.url }) : hitText(r.node)) },
      { label: 'Score', value: (r) => r.score.toFixed(2), numeric: true },
      { label: 'Evidence', value: (r) => evidenceText(hitEvidence(r.node)), render: (r) => ('title' in r.node ? 'the document itself' : evidenceDisclosure(hitEvidence(r.node))) },
    ],
  });
}

/** The current arguments with one changed (or removed, with null). */
function narrowed(params: URLSearchParams, key: string, value: string | null): Record<string, string | null> {
  const args: Record<string, string | null> = { text: params.get('text') };
  for (const k of FILTERS) args[k] = params.get(k);
  args[key] = value;
  return args;
}

function facets(a: ExplorerSearchQuery['search'], params: URLSearchParams): HTMLElement {
  const narrow = (key: string, value: string) => () => go('search', narrowed(params, key, value));
  return h(
    'div',
    { class: 'facets' },
    h('h2', {}, 'Narrow by kind'),
    h('ul', { class: 'facet by-kind' }, a.byKind.map((k) => h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: narrow('labels', k.kind), 'aria-label': `Only ${k.kind}: ${k.count}` }, `${k.kind} (${k.count})`)))),
    h('h2', {}, 'Narrow by PDU'),
    h('ul', { class: 'facet by-pdu' }, a.byPdu.map((p) => h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: narrow('pdu', p.pdu.id), 'aria-label': `Only ${p.pdu.name}: ${p.count}` }, `${p.pdu.name} (${p.count})`)))),
    a.withoutPdu ? h('p', { class: 'note' }, `${a.withoutPdu} hit${a.withoutPdu === 1 ? '' : 's'} belong to no PDU.`) : null,
  );
}

/** The filters in force, each with a button that takes it off. */
function activeFilters(dir: Directory, params: URLSearchParams): HTMLElement | null {
  const on = FILTERS.filter((k) => params.get(k));
  if (!on.length) return null;
  return h(
    'ul',
    { class: 'active-filters', 'aria-label': 'Filters in force' },
    on.map((k) => {
      const v = params.get(k)!;
      const shown = dir.byId.get(v)?.name ?? v;
      return h('li', {}, `${k}: ${shown} `, h('button', { type: 'button', class: 'linkish', 'aria-label': `Remove filter ${k}: ${shown}`, onclick: () => go('search', narrowed(params, k, null)) }, '✕'));
    }),
  );
}

function filterOf(params: URLSearchParams): SearchFilter {
  const labels = params.get('labels')?.split(',').filter((l) => KINDS.includes(l));
  return {
    pdu: params.get('pdu'), region: params.get('region'), inspection: params.get('inspection'), labels: labels?.length ? labels : null,
    policy: params.get('policy'), from: params.get('from'), to: params.get('to'),
  };
}

function searchForm(dir: Directory, params: URLSearchParams): HTMLElement {
  const text = h('input', { id: 'text', name: 'text', type: 'search', value: params.get('text') ?? '', required: true, size: 30 });
  const pdu = lookupField(dir, { id: 'pdu', label: 'PDU', kinds: ['PDU'], value: params.get('pdu') });
  const region = lookupField(dir, { id: 'region', label: 'Region', kinds: ['Region'], value: params.get('region') });
  const inspection = lookupField(dir, { id: 'inspection', label: 'Inspection', kinds: ['Inspection'], value: params.get('inspection') });
  const kinds = new Set(params.get('labels')?.split(',') ?? []);
  const boxes = KINDS.map((k) => h('input', { type: 'checkbox', id: `kind-${k}`, name: 'labels', value: k, checked: kinds.has(k) }));
  const policy = policySelect(dir, params.get('policy'));
  const from = monthInput('from', params.get('from'));
  const to = monthInput('to', params.get('to'));
  const submit = () => go('search', {
    text: text.value.trim(), pdu: pdu.selected(), region: region.selected(), inspection: inspection.selected(),
    labels: boxes.filter((b) => b.checked).map((b) => b.value).join(','), policy: policy.value, from: from.value, to: to.value,
  });
  return h(
    'form',
    { class: 'question', onsubmit: (e: Event) => { e.preventDefault(); submit(); } },
    field('text', 'Words', text), pdu.element, region.element, inspection.element,
    h('fieldset', { class: 'kinds' }, h('legend', {}, 'Kinds'), boxes.map((b, i) => h('label', { for: b.id }, b, ` ${KINDS[i]} `))),
    field('policy', 'Policy', policy), field('from', 'Fieldwork from', from), field('to', 'to', to),
    ' ', h('button', { type: 'submit' }, 'Search'),
  );
}

export async function searchView(params: URLSearchParams): Promise<HTMLElement> {
  const dir = await directory();
  const head = [h('h1', { id: 'search-title' }, 'Search'), searchForm(dir, params)];
  const text = params.get('text')?.trim();
  if (!text) return h('section', { 'aria-labelledby': 'search-title' }, head, h('p', {}, 'Type some words, then narrow the hits step by step.'));
  const a = (await request(SearchQuery, { text, filter: filterOf(params) })).search;
  const title = `Search: ${text}`;
  return h(
    'section',
    { 'aria-labelledby': 'search-title', class: 'question-view search-view' },
    head,
    activeFilters(dir, params),
    h('p', { class: 'explanation' }, a.explanation),
    h('div', { class: 'search-layout' }, facets(a, params), h('div', {}, h('h2', {}, `${a.total} hit${a.total === 1 ? '' : 's'}${a.total > a.hits.length ? ` (the best ${a.hits.length} shown)` : ''}`), hitsTable(a.hits, title))),
  );
}
