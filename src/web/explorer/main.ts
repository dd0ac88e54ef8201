/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The explorer (served at /explorer, bundled by src/http/pages/bundle.ts): a small single-page app over the
 * public GraphQL API only. Routes live in the URL's hash, so every view can be bookmarked and the
 * browser's back button works:
 *   #/pdus                      PDUs with their latest ratings
 *   #/pdu/<id>                  a PDU's inspection timeline
 *   #/matrix[/<policy>/<theme>] the policy × theme heat map, optionally drilled into one cell
 *   #/graph/<id>[?depth=2]      a node's neighbourhood, drawn with Cytoscape.js
 *   #/document/<id>[?quote=...] a source document's text, with the quote marked
 */
import './explorer.css';
import { failure, h, loading, replace } from './dom.ts';
import { pdusView } from './views/pdus.ts';
import { timelineView } from './views/timeline.ts';
import { matrixView } from './views/matrix.ts';
import { destroyGraph, graphView } from './views/graph.ts';
import { documentView } from './views/document.ts';

const NAV = [
  { href: '#/pdus', label: 'PDUs', matches: ['pdus', 'pdu'] },
  { href: '#/matrix', label: 'Heat map', matches: ['matrix'] },
  { href: '#/graph', label: 'Graph', matches: ['graph'] },
];

const main = document.getElementById('view')!;
let generation = 0;

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
    if (view === 'pdu' && parts[1]) content = await timelineView(parts[1]);
    else if (view === 'matrix') content = await matrixView(parts[1] && parts[2] ? { policy: parts[1], theme: parts[2] } : undefined);
    else if (view === 'graph') content = await graphView(parts[1], Math.min(Math.max(Number(params.get('depth') ?? 1) || 1, 1), 3));
    else if (view === 'document' && parts[1]) content = await documentView(parts[1], params.get('quote'));
    else content = await pdusView();
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
);
window.addEventListener('hashchange', () => void route());
void route();
