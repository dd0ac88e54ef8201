/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The explorer (served at /explorer, bundled by src/http/pages/bundle.ts): a small single-page app over the
 * public GraphQL API only. Routes live in the URL's hash, so every view can be bookmarked and the
 * browser's back button works:
 *   #/pdus                      PDUs with their latest ratings
 *   #/pdu/<id>                  a PDU's inspection timeline
 *   #/inspection/<id>           an inspection's facts with their basis and evidence, Chief Inspector, lineage
 *   #/changes?pdu=<id>          what changed for a PDU between inspections (pduChanges)
 *   #/region?region=<id>&...    which PDUs in a region share concerns (regionProfile)
 *   #/concerns?policy=&...      recurring concerns (recurringConcerns)
 *   #/search?text=&...          filtered search with facets
 *   #/commitments?dueBy=        commitments due or overdue at a date
 *   #/ingest                    add a document (needs a write key)
 *   #/matrix[/<policy>/<theme>] the policy × theme heat map, optionally drilled into one cell
 *   #/graph/<id>[?depth=2]      a node's neighbourhood, drawn with Cytoscape.js
 *   #/document/<id>[?quote=...] a source document's text, with the quote marked
 */
import './explorer.css';
import { failure, h, loading, replace } from './dom.ts';
import { keyForm } from './key.ts';
import { pdusView } from './views/pdus.ts';
import { timelineView } from './views/timeline.ts';
import { matrixView } from './views/matrix.ts';
import { destroyGraph, graphView } from './views/graph.ts';
import { documentView } from './views/document.ts';
import { changesView } from './views/changes.ts';
import { regionView } from './views/region.ts';
import { concernsView } from './views/recurring.ts';
import { searchView } from './views/search.ts';
import { inspectionView } from './views/inspection.ts';
import { commitmentsView } from './views/commitments.ts';
import { ingestView } from './views/ingest.ts';

const NAV = [
  { href: '#/pdus', label: 'PDUs', matches: ['pdus', 'pdu', 'inspection'] },
  { href: '#/changes', label: 'Changes', matches: ['changes'] },
  { href: '#/region', label: 'Regions', matches: ['region'] },
  { href: '#/concerns', label: 'Concerns', matches: ['concerns'] },
  { href: '#/search', label: 'Search', matches: ['search'] },
  { href: '#/commitments', label: 'Commitments', matches: ['commitments'] },
  { href: '#/matrix', label: 'Heat map', matches: ['matrix'] },
  { href: '#/graph', label: 'Graph', matches: ['graph'] },
  { href: '#/ingest', label: 'Add', matches: ['ingest'] },
];

const main = document.getElementById('view')!;
let generation = 0;

function render(view: string, parts: string[], params: URLSearchParams): Promise<HTMLElement> | HTMLElement {
  switch (view) {
    case 'pdu': return parts[1] ? timelineView(parts[1]) : pdusView();
    case 'inspection': return parts[1] ? inspectionView(parts[1]) : pdusView();
    case 'changes': return changesView(params);
    case 'region': return regionView(params);
    case 'concerns': return concernsView(params);
    case 'search': return searchView(params);
    case 'commitments': return commitmentsView(params);
    case 'ingest': return ingestView();
    case 'matrix': return matrixView(parts[1] && parts[2] ? { policy: parts[1], theme: parts[2] } : undefined);
    case 'graph': return graphView(parts[1], Math.min(Math.max(Number(params.get('depth') ?? 1) || 1, 1), 3));
    case 'document': return parts[1] ? documentView(parts[1], params.get('quote')) : pdusView();
    default: return pdusView();
  }
}

async function route(): Promise<void> {
  const mine = ++generation;
  const [path = '', search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').map((p) => decodeURIComponent(p));
  const params = new URLSearchParams(search);
  const view = parts[0] || 'pdus';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const item = NAV.find((n) => n.href === a.getAttribute('href'));
    if (item?.matches.includes(view)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  destroyGraph();
  replace(main, loading(view === 'pdu' ? 'the timeline' : view === 'matrix' ? 'the heat map' : view === 'graph' ? 'the neighbourhood' : 'the data'));
  let content: HTMLElement;
  try {
    content = await render(view, parts, params);
  } catch (e) {
    content = h('section', {}, h('h1', {}, 'Something went wrong'), failure(e));
  }
  if (mine !== generation) return; // a newer navigation won
  replace(main, content);
  document.title = `${content.querySelector('h1')?.textContent ?? 'Explorer'} · probation-graph explorer`;
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

replace(
  document.getElementById('nav')!,
  h('ul', {}, NAV.map((n) => h('li', {}, h('a', { href: n.href }, n.label)))),
  keyForm(),
);
window.addEventListener('hashchange', () => void route());
void route();
