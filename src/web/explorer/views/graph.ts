/// <reference lib="dom" />
/**
 * The neighbourhood of any node, drawn with Cytoscape.js: the nodes within 1–3 relationships of a
 * centre, in rings by distance. Choosing a node (click, or its button in the list beside the drawing,
 * which is the keyboard and screen-reader way in) re-centres on it; documents also open as text.
 */
import cytoscape from 'cytoscape';
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerNeighbourhoodQuery } from '../../../generated/client/graphql.ts';
import { request } from '../api.ts';
import { h } from '../dom.ts';
import { directory, lookupField } from '../lookup.ts';
import { DEFAULT_COLOUR, LABEL_COLOURS } from '../palette.ts';

const NeighbourhoodQuery = graphql(`
  query ExplorerNeighbourhood($id: ID!, $depth: Int) {
    neighbourhood(id: $id, depth: $depth, limit: 100) {
      nodes { id label caption }
      edges { from to type }
    }
  }
`);

type Hood = NonNullable<ExplorerNeighbourhoodQuery['neighbourhood']>;

const DEFAULT_ID = 'pdu:leicester-leicestershire-and-rutland';

/** The Cytoscape instance on screen, destroyed when the view changes. */
let current: cytoscape.Core | null = null;

export function destroyGraph(): void {
  current?.destroy();
  current = null;
}

export async function graphView(id: string | undefined, depth: number): Promise<HTMLElement> {
  const centre = id || DEFAULT_ID;
  const go = (nodeId: string, d = depth) => {
    location.hash = `#/graph/${encodeURIComponent(nodeId)}${d !== 1 ? `?depth=${d}` : ''}`;
  };
  // Nodes are found by name as you type (PDUs, inspections, regions, policies, people, and by the
  // full-text search recommendations, findings, quotes and documents); an id typed whole works too.
  const dir = await directory();
  const depthSelect = h('select', { id: 'depth', name: 'depth' }, [1, 2, 3].map((d) => h('option', { value: d, selected: d === depth }, d)));
  const node = lookupField(dir, {
    id: 'node-id', label: 'Node', kinds: ['PDU', 'Inspection', 'Region', 'Policy', 'Person'], value: centre, search: true,
    onChoose: (e) => go(e.id, Number(depthSelect.value)),
  });
  const form = h(
    'form',
    {
      class: 'graph-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        go(node.selected() ?? DEFAULT_ID, Number(depthSelect.value));
      },
    },
    node.element,
    h('label', { for: 'depth' }, ' Depth '),
    depthSelect,
    ' ',
    h('button', { type: 'submit' }, 'Draw'),
  );

  const hood = (await request(NeighbourhoodQuery, { id: centre, depth })).neighbourhood;
  const head = [h('h1', { id: 'graph-title' }, 'Neighbourhood'), form];
  if (!hood) return h('section', { 'aria-labelledby': 'graph-title' }, head, h('p', { role: 'alert' }, `No node has the id ${centre}.`));

  const canvas = h('div', { id: 'cy', class: 'cy', role: 'img', 'aria-label': `Graph of ${hood.nodes.length} nodes and ${hood.edges.length} relationships around ${hood.nodes[0]?.caption ?? centre}; the same nodes are listed beside it` });
  const section = h(
    'section',
    { 'aria-labelledby': 'graph-title', class: 'graph-view' },
    head,
    h('p', {}, `${hood.nodes[0]?.label ?? ''} `, h('strong', {}, hood.nodes[0]?.caption ?? centre), `: ${hood.nodes.length - 1} node${hood.nodes.length === 2 ? '' : 's'} within ${depth} relationship${depth === 1 ? '' : 's'}. Choose a node to centre on it.`),
    h('div', { class: 'graph-layout' }, canvas, nodeList(hood, go)),
    legend(hood),
  );
  // Cytoscape needs the container in the document to measure it: draw on the next frame.
  requestAnimationFrame(() => draw(canvas, hood, go));
  return section;
}

function ringsFrom(hood: Hood): Map<string, number> {
  const centre = hood.nodes[0]!.id;
  const adjacent = new Map<string, string[]>();
  for (const e of hood.edges) {
    adjacent.set(e.from, [...(adjacent.get(e.from) ?? []), e.to]);
    adjacent.set(e.to, [...(adjacent.get(e.to) ?? []), e.from]);
  }
  const ring = new Map([[centre, 0]]);
  const queue = [centre];
  while (queue.length) {
    const at = queue.shift()!;
    for (const next of adjacent.get(at) ?? []) {
      if (!ring.has(next)) {
        ring.set(next, ring.get(at)! + 1);
        queue.push(next);
      }
    }
  }
  return ring;
}

function draw(container: HTMLElement, hood: Hood, go: (id: string) => void): void {
  destroyGraph();
  const ring = ringsFrom(hood);
  const maxRing = Math.max(...ring.values(), 1);
  current = cytoscape({
    container,
    elements: [
      ...hood.nodes.map((n) => ({ data: { id: n.id, label: n.label, caption: short(n.caption), centre: n.id === hood.nodes[0]!.id ? 1 : 0 } })),
      ...hood.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, type: e.type, near: e.from === hood.nodes[0]!.id || e.to === hood.nodes[0]!.id ? 1 : 0 } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n: cytoscape.NodeSingular) => (LABEL_COLOURS[n.data('label')] ?? DEFAULT_COLOUR).fill,
          'border-color': (n: cytoscape.NodeSingular) => (LABEL_COLOURS[n.data('label')] ?? DEFAULT_COLOUR).border,
          'border-width': 2,
          label: 'data(caption)',
          'font-size': 9,
          'text-wrap': 'ellipsis',
          'text-max-width': '110px',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          color: '#1d2330',
          width: 28,
          height: 28,
        },
      },
      // Only the centre's own relationships are named: with every label the drawing turns to noise.
      { selector: 'edge[near = 1]', style: { label: 'data(type)' } },
      { selector: 'node[centre = 1]', style: { width: 44, height: 44, 'border-width': 4, 'font-weight': 'bold', 'font-size': 11 } },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'line-color': '#9aa1ac',
          'target-arrow-color': '#9aa1ac',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          'font-size': 7,
          color: '#555c68',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
        },
      },
    ],
    layout: {
      name: 'concentric',
      concentric: (n: cytoscape.NodeSingular) => maxRing - (ring.get(n.id()) ?? maxRing),
      levelWidth: () => 1,
      minNodeSpacing: 36,
      spacingFactor: 1.1,
      animate: false,
    } as cytoscape.LayoutOptions,
  });
  current.on('tap', 'node', (e) => go((e.target as cytoscape.NodeSingular).id()));
}

function nodeList(hood: Hood, go: (id: string) => void): HTMLElement {
  const byLabel = new Map<string, Hood['nodes']>();
  for (const n of hood.nodes.slice(1)) byLabel.set(n.label, [...(byLabel.get(n.label) ?? []), n]);
  const relation = new Map<string, string>();
  const centre = hood.nodes[0]!.id;
  for (const e of hood.edges) {
    if (e.from === centre) relation.set(e.to, `${e.type} →`);
    else if (e.to === centre) relation.set(e.from, `← ${e.type}`);
  }
  return h(
    'nav',
    { class: 'node-list', 'aria-label': 'Nodes in this neighbourhood' },
    [...byLabel.entries()].map(([label, nodes]) =>
      h(
        'section',
        {},
        h('h2', {}, `${label} (${nodes.length})`),
        h(
          'ul',
          {},
          nodes.map((n) =>
            h(
              'li',
              {},
              h('button', { type: 'button', class: 'linkish', title: n.id, 'aria-label': `Centre on ${label} ${n.caption}`, onclick: () => go(n.id) }, short(n.caption, 70)),
              relation.has(n.id) ? h('span', { class: 'rel' }, ` ${relation.get(n.id)}`) : null,
              label === 'Document' ? [' ', h('a', { href: `#/document/${encodeURIComponent(n.id)}`, 'aria-label': `Read ${n.caption}` }, 'read')] : null,
            ),
          ),
        ),
      ),
    ),
  );
}

function legend(hood: Hood): HTMLElement {
  const labels = [...new Set(hood.nodes.map((n) => n.label))];
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    labels.map((l) => {
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = (LABEL_COLOURS[l] ?? DEFAULT_COLOUR).fill;
      swatch.style.borderColor = (LABEL_COLOURS[l] ?? DEFAULT_COLOUR).border;
      return h('li', {}, swatch, l);
    }),
  );
}

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
