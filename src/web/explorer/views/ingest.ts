/// <reference lib="dom" />
/**
 * Adding a document (`ingestDocument`), the explorer's only write: it needs a `write` API key, kept
 * for this browser session in the field at the top (session.ts) and sent as `Authorization: Bearer`.
 * A dry run (the default) shows what would be written. Route: #/ingest.
 */
import { graphql } from '../../../generated/client/gql.ts';
import type { ExplorerIngestMutation } from '../../../generated/client/graphql.ts';
import { ApiError, request } from '../api.ts';
import { failure, h, replace } from '../dom.ts';
import { field } from '../form.ts';
import { apiKey } from '../session.ts';
import { dataTable } from '../table.ts';

const IngestMutation = graphql(`
  mutation ExplorerIngest($input: IngestDocumentInput!, $dryRun: Boolean) {
    ingestDocument(input: $input, dryRun: $dryRun) {
      status dryRun documentId title kind publishedOn
      createdPdus createdInspections createdPeople createdRecommendations createdFindings createdQuotes
      updatedInspections
      matches { inspection pdu reason }
      conflicts { inspection field storedValue reportedValue }
      possibleDuplicates { inspection of reason }
      unmatched
    }
  }
`);

type Result = ExplorerIngestMutation['ingestDocument'];

function resultTable(r: Result): HTMLElement {
  const rows = Object.entries(r).map(([k, v]) => ({ k, v: typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v) }));
  return dataTable({ title: 'Ingest result', name: 'ingest-result', rows, columns: [{ label: 'Field', value: (x) => x.k }, { label: 'Value', value: (x) => x.v }] });
}

export function ingestView(): HTMLElement {
  const text = h('textarea', { id: 'doc-text', name: 'text', rows: 12, cols: 90, required: true });
  const url = h('input', { id: 'doc-url', name: 'url', type: 'url', size: 60 });
  const dry = h('input', { id: 'dry-run', name: 'dryRun', type: 'checkbox', checked: true });
  const out = h('div', { class: 'ingest-out', 'aria-live': 'polite' });
  const submit = async () => {
    replace(out, h('p', { class: 'status', role: 'status' }, 'Sending…'));
    try {
      const dryRun = dry.checked;
      const { ingestDocument } = await request(IngestMutation, { input: { text: text.value, url: url.value || null }, dryRun });
      // An UNCHANGED document writes nothing, dry run or not: say what was asked.
      replace(out, h('p', { class: 'status', role: 'status' }, `${dryRun ? 'Dry run: ' : ''}${ingestDocument.status}`), resultTable(ingestDocument));
    } catch (e) {
      // The service's message says what is wrong; without a key kept, say where one goes.
      const hint = e instanceof ApiError && !apiKey() ? 'Writing needs a write key: enter it in "API key" at the top.' : '';
      replace(out, failure(e), hint ? h('p', { class: 'note' }, hint) : null);
    }
  };
  return h(
    'section',
    { 'aria-labelledby': 'ingest-title', class: 'question-view' },
    h('h1', { id: 'ingest-title' }, 'Add a document'),
    h('p', {}, 'Paste an inspection press release or a news report of one. Writing needs a write key: ', apiKey() ? 'a key is kept for this session.' : 'no key is kept for this session yet (see "API key" at the top).'),
    h(
      'form',
      { class: 'question ingest', onsubmit: (e: Event) => { e.preventDefault(); void submit(); } },
      h('p', {}, h('label', { for: 'doc-text' }, 'Text'), h('br', {}), text),
      h('p', {}, field('doc-url', 'Published at (URL)', url), ' ', h('label', { for: 'dry-run' }, dry, ' Dry run (write nothing)')),
      h('button', { type: 'submit' }, 'Send'),
    ),
    out,
  );
}
