/// <reference lib="dom" />
/**
 * Every fact one click from its evidence: a disclosure ("Evidence (2)") that opens on the document's
 * own words and a link to the document (in the explorer, with the quote marked, and at its source).
 */
import { documentLinks, h } from './dom.ts';

export interface EvidenceItem {
  quote: string;
  about?: string | null;
  document: { id: string; title: string; url?: string | null };
}

export function evidenceDisclosure(evidence: readonly EvidenceItem[] | null | undefined, label = 'Evidence'): HTMLElement {
  if (!evidence?.length) return h('span', { class: 'no-evidence' }, 'no quote in the graph');
  return h(
    'details',
    { class: 'evidence' },
    h('summary', {}, `${label} (${evidence.length})`),
    h(
      'ul',
      { class: 'evidence' },
      evidence.map((e) =>
        h('li', {}, h('blockquote', {}, e.quote), h('p', { class: 'cite' }, e.about ? `${e.about}: ` : '', '— ', documentLinks(e.document, e.quote))),
      ),
    ),
  );
}

/** Evidence as text, for a CSV cell: each quote with its document's title. */
export function evidenceText(evidence: readonly EvidenceItem[] | null | undefined): string {
  return (evidence ?? []).map((e) => `"${e.quote}" (${e.document.title})`).join(' | ');
}
