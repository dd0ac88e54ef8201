/// <reference lib="dom" />
/** The PDU list: every PDU with its region, its latest rating and its inspections. */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerPdusQuery } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { h, ratingBadge, when } from '../dom.ts';

const PdusQuery = graphql(`
  query ExplorerPdus($after: String) {
    pdus(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        latestRating
        region { id name }
        inspections { id fieldworkFrom rating }
      }
    }
  }
`);

type Pdu = ExplorerPdusQuery['pdus']['nodes'][number];

/** Every page of PDUs (100 a page). */
async function allPdus(): Promise<Pdu[]> {
  const out: Pdu[] = [];
  let after: string | null = null;
  for (;;) {
    const { pdus }: ExplorerPdusQuery = await request(PdusQuery, { after });
    out.push(...pdus.nodes);
    if (!pdus.pageInfo.hasNextPage || !pdus.pageInfo.endCursor) return out;
    after = pdus.pageInfo.endCursor;
  }
}

export async function pdusView(): Promise<HTMLElement> {
  const pdus = await allPdus();
  const inspected = pdus.filter((p) => p.inspections.length > 0).length;
  const rows = pdus.map((p) => {
    const latest = p.inspections[0];
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('a', { href: `#/pdu/${encodeURIComponent(p.id)}`, 'aria-label': `${p.name}: inspection timeline` }, p.name)),
      h('td', {}, p.region?.name ?? '—'),
      h('td', {}, ratingBadge(p.latestRating)),
      h('td', {}, latest ? when(latest.fieldworkFrom) : '—'),
      h('td', { class: 'num' }, p.inspections.length),
      h('td', {}, h('a', { href: `#/graph/${encodeURIComponent(p.id)}`, 'aria-label': `${p.name}: neighbourhood graph` }, 'graph')),
    );
  });
  return h(
    'section',
    { 'aria-labelledby': 'pdus-title' },
    h('h1', { id: 'pdus-title' }, 'Probation Delivery Units'),
    h('p', {}, `${pdus.length} PDUs in the graph, ${inspected} of them inspected. Choose a PDU for its inspection timeline.`),
    h(
      'table',
      { class: 'pdus' },
      h('caption', { class: 'visually-hidden' }, 'PDUs with their region, latest rating, latest fieldwork and number of inspections'),
      h('thead', {}, h('tr', {}, ...['PDU', 'Region', 'Latest rating', 'Latest fieldwork', 'Inspections', 'Neighbourhood'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows),
    ),
  );
}
