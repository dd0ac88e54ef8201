/// <reference lib="dom" />
/**
 * A few DOM helpers. Text always goes in as text (textContent), never as HTML, so nothing in the
 * graph (a quote, a title) can inject markup.
 */

type Child = Node | string | number | null | undefined | false;
/** A child, or (nested) lists of them. */
export type Children = Child | readonly Children[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * A link target the explorer may render, or null: its own routes (`#/...`), a path on this server,
 * or an absolute http or https URL. Anything else (`javascript:`, `data:`, `//host`) is not linked,
 * whatever the data says: the element is drawn without its href, as text.
 */
export function safeHref(value: string): string | null {
  const v = value.trim();
  if (v.startsWith('#') || (v.startsWith('/') && !v.startsWith('//'))) return v;
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `h('a', { href: '#/pdus', class: 'x', onclick: fn }, 'text', child)`; every `href` goes through safeHref. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Children[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else if (name.toLowerCase() === 'href') {
      const href = safeHref(String(value));
      if (href !== null) el.setAttribute(name, href);
    } else el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Children[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, ...(c as Children[]));
    else parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : (c as Node));
  }
}

/** Replace an element's content. */
export function replace(parent: Element, ...children: Children[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export const RATING_LABEL: Record<string, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
};

/** A rating as a coloured badge (colour and words: never colour alone). */
export function ratingBadge(rating: string | null | undefined): HTMLElement {
  if (!rating) return h('span', { class: 'rating rating-none' }, 'not inspected');
  return h('span', { class: `rating rating-${rating.toLowerCase().replace(/_/g, '-')}` }, RATING_LABEL[rating] ?? rating);
}

/** Links to a document: in the explorer (its text, with the quote marked) and at its source. */
export function documentLinks(doc: { id: string; title: string; url?: string | null }, quote?: string): HTMLElement {
  const inside = `#/document/${encodeURIComponent(doc.id)}${quote ? `?quote=${encodeURIComponent(quote)}` : ''}`;
  return h(
    'span',
    { class: 'doc-links' },
    h('a', { href: inside }, doc.title),
    doc.url ? [' ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank', class: 'external', 'aria-label': `${doc.title} (source, opens in a new tab)` }, 'source ↗')] : null,
  );
}

export function loading(what: string): HTMLElement {
  return h('p', { class: 'status', role: 'status' }, `Loading ${what}…`);
}

export function failure(e: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${(e as Error).message}`);
}

/** A month or date (`2024-08`, `2024-08-14`) in words. */
export function when(date: string | null | undefined): string {
  if (!date) return 'unknown';
  const [y, m, d] = date.split('-');
  const month = m ? new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }) : '';
  return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}
