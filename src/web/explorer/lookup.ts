/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Finding nodes by name as you type, for every id field: the explorer never asks for `pdu:...`.
 * The directory (PDUs with their inspections, regions, policies, people) is read once per page load
 * from the API's own lists; anything else (recommendations, findings, quotes, documents) is found by
 * the API's full-text `search` as you type.
 *
 * Vocabulary: an Entry is one node a field can choose (id, name, kind); a LookupField is a text
 * input with a list box of matching entries under it (a WAI-ARIA combobox).
 */
import { graphql } from '../../generated/client/gql.ts';
import type { ExplorerDirectoryPdusQuery } from '../../generated/client/graphql.ts';
import { request } from './api.ts';
import { h, replace } from './dom.ts';

const DirectoryQuery = graphql(`
  query ExplorerDirectory {
    regions { id name aliases }
    policies { id code name }
    people(first: 100) { nodes { id name aliases } }
  }
`);

const DirectoryPdusQuery = graphql(`
  query ExplorerDirectoryPdus($after: String) {
    pdus(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id name aliases region { name } inspections { id name } }
    }
  }
`);

const LookupSearchQuery = graphql(`
  query ExplorerLookupSearch($text: String!) {
    search(text: $text, first: 8) {
      hits {
        node {
          __typename
          id
          ... on Recommendation { text }
          ... on Finding { text }
          ... on Quote { text }
          ... on Document { title }
        }
      }
    }
  }
`);

export type Kind = 'PDU' | 'Region' | 'Inspection' | 'Policy' | 'Person';

export interface Entry {
  id: string;
  name: string;
  kind: string;
  /** Other names it is found by (aliases, a policy's code). */
  also: string[];
}

export interface Directory {
  entries: Entry[];
  byId: Map<string, Entry>;
}

let cached: Promise<Directory> | null = null;

async function allPdus(): Promise<ExplorerDirectoryPdusQuery['pdus']['nodes']> {
  const out: ExplorerDirectoryPdusQuery['pdus']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const { pdus }: ExplorerDirectoryPdusQuery = await request(DirectoryPdusQuery, { after });
    out.push(...pdus.nodes);
    if (!pdus.pageInfo.hasNextPage || !pdus.pageInfo.endCursor) return out;
    after = pdus.pageInfo.endCursor;
  }
}

async function load(): Promise<Directory> {
  const [d, pdus] = await Promise.all([request(DirectoryQuery, {}), allPdus()]);
  const entries: Entry[] = [
    ...pdus.map((p) => ({ id: p.id, name: p.name, kind: 'PDU', also: [...p.aliases, p.region?.name ?? ''] })),
    ...pdus.flatMap((p) => p.inspections.map((i) => ({ id: i.id, name: i.name, kind: 'Inspection', also: [p.name, ...p.aliases] }))),
    ...d.regions.map((r) => ({ id: r.id, name: r.name, kind: 'Region', also: r.aliases })),
    ...d.policies.map((p) => ({ id: p.id, name: `${p.code}: ${p.name}`, kind: 'Policy', also: [p.code] })),
    ...d.people.nodes.map((p) => ({ id: p.id, name: p.name, kind: 'Person', also: p.aliases })),
  ];
  return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

/** The directory, read once per page load (a failed read is tried again next time). */
export function directory(): Promise<Directory> {
  cached ??= load().catch((e: unknown) => {
    cached = null;
    throw e;
  });
  return cached;
}

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Entries of the given kinds whose name (or other names) hold every word typed, names starting with it first. */
export function matches(dir: Directory, text: string, kinds: readonly string[], max = 10): Entry[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits = dir.entries.filter((e) => kinds.includes(e.kind) && words.every((w) => fold([e.name, ...e.also].join(' ')).includes(w)));
  const first = fold(text.trim());
  return hits.sort((a, b) => Number(!fold(a.name).startsWith(first)) - Number(!fold(b.name).startsWith(first)) || a.name.localeCompare(b.name)).slice(0, max);
}

/** What the full-text search finds as you type: recommendations, findings, quotes, documents. */
async function searchEntries(text: string): Promise<Entry[]> {
  if (text.trim().length < 3) return [];
  const { search } = await request(LookupSearchQuery, { text });
  return search.hits.map(({ node: n }) => {
    const label = 'title' in n ? n.title : 'text' in n ? n.text : n.id;
    return { id: n.id, name: label.length > 90 ? `${label.slice(0, 89)}…` : label, kind: n.__typename, also: [] };
  });
}

export interface LookupOptions {
  /** The input's id (and name). */
  id: string;
  label: string;
  kinds: readonly Kind[];
  /** The id chosen already (from the URL). */
  value?: string | null;
  /** Also find recommendations, findings, quotes and documents with the full-text search. */
  search?: boolean;
  /** Called when an entry is chosen from the list. */
  onChoose?: (entry: Entry) => void;
}

export interface LookupField {
  element: HTMLElement;
  /** The chosen node's id; else an exact name typed; else text that is an id itself; else null. */
  selected(): string | null;
}

export function lookupField(dir: Directory, opts: LookupOptions): LookupField {
  const listId = `${opts.id}-options`;
  const initial = opts.value ? dir.byId.get(opts.value) : undefined;
  let chosen: Entry | null = initial ?? (opts.value ? { id: opts.value, name: opts.value, kind: '', also: [] } : null);
  let shown: Entry[] = [];
  let active = -1;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  const input = h('input', {
    id: opts.id, name: opts.id, type: 'text', value: chosen?.name ?? '', autocomplete: 'off', spellcheck: false, role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, placeholder: `type a name (${opts.kinds.join(', ')})`,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'lookup-options', 'aria-label': `${opts.label}: matches`, hidden: true });

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (e: Entry) => {
    chosen = e;
    input.value = e.name;
    close();
    opts.onChoose?.(e);
  };
  const highlight = (n: number) => {
    active = (n + shown.length) % shown.length;
    list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };
  const show = (entries: Entry[]) => {
    shown = entries;
    active = -1;
    replace(list, entries.map((e, i) =>
      h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (ev: Event) => ev.preventDefault(), onclick: () => choose(e) },
        h('span', { class: 'kind' }, e.kind), ' ', e.name)));
    list.hidden = entries.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const typed = () => {
    if (chosen && input.value !== chosen.name) chosen = null;
    const own = matches(dir, input.value, opts.kinds);
    show(own);
    clearTimeout(searchTimer);
    if (!opts.search) return;
    const text = input.value;
    searchTimer = setTimeout(() => {
      void searchEntries(text).then((found) => {
        if (input.value === text) show([...own, ...found.filter((f) => !own.some((o) => o.id === f.id))]);
      }, () => undefined);
    }, 250);
  };
  input.addEventListener('input', typed);
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('keydown', (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown' && shown.length) { ev.preventDefault(); if (list.hidden) show(shown); highlight(active + 1); }
    else if (ev.key === 'ArrowUp' && shown.length) { ev.preventDefault(); highlight(active - 1); }
    else if (ev.key === 'Enter' && !list.hidden && active >= 0) { ev.preventDefault(); choose(shown[active]!); }
    else if (ev.key === 'Escape') close();
  });

  const selected = (): string | null => {
    const text = input.value.trim();
    if (!text) return null;
    if (chosen) return chosen.id;
    const exact = dir.entries.find((e) => opts.kinds.includes(e.kind as Kind) && fold(e.name) === fold(text));
    if (exact) return exact.id;
    return /^[a-z]+:\S+$/.test(text) ? text : null;
  };
  const element = h('span', { class: 'lookup' }, h('label', { for: opts.id }, opts.label), ' ', h('span', { class: 'lookup-box' }, input, list));
  return { element, selected };
}
