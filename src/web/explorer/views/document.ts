/// <reference lib="dom" />
/** One source document: what it is, where it is published, and its text with a quote marked. */
import { graphql } from '../../../generated/client/gql.ts';
import { request } from '../api.ts';
import { h, when } from '../dom.ts';

const DocumentQuery = graphql(`
  query ExplorerDocument($id: ID!) {
    document(id: $id) {
      id
      title
      kind
      url
      publishedOn
      dateNote
      licence
      publisher { name }
      text
      reports { id name pdu { id name } }
    }
  }
`);

export async function documentView(id: string, quote: string | null): Promise<HTMLElement> {
  const { document: doc } = await request(DocumentQuery, { id });
  if (!doc) return h('section', {}, h('h1', {}, 'No such document'), h('p', {}, `There is no document with id ${id}.`));
  const at = quote ? doc.text.indexOf(quote) : -1;
  const text =
    at >= 0
      ? h('div', { class: 'doc-text' }, doc.text.slice(0, at), h('mark', { id: 'quote' }, quote!), doc.text.slice(at + quote!.length))
      : h('div', { class: 'doc-text' }, doc.text);
  if (at >= 0) requestAnimationFrame(() => document.getElementById('quote')?.scrollIntoView({ block: 'center' }));
  return h(
    'section',
    { 'aria-labelledby': 'doc-title' },
    h('h1', { id: 'doc-title' }, doc.title),
    h(
      'dl',
      { class: 'doc-meta' },
      h('dt', {}, 'Kind'),
      h('dd', {}, doc.kind.replace(/_/g, ' ').toLowerCase()),
      h('dt', {}, 'Published'),
      h('dd', {}, `${when(doc.publishedOn)}${doc.publisher ? ` by ${doc.publisher.name}` : ''}${doc.dateNote ? ` (${doc.dateNote})` : ''}`),
      h('dt', {}, 'Source'),
      h('dd', {}, doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url) : 'not published online'),
      doc.licence ? [h('dt', {}, 'Licence'), h('dd', {}, doc.licence)] : null,
      h('dt', {}, 'Reports'),
      h('dd', {}, doc.reports.length ? doc.reports.map((i, n) => [n ? ', ' : '', h('a', { href: `#/pdu/${encodeURIComponent(i.pdu.id)}` }, i.name)]) : 'no inspection'),
    ),
    quote && at < 0 ? h('p', { class: 'note' }, 'The quote was not found in the stored text.') : null,
    h('h2', {}, 'Text'),
    text,
  );
}
