/// <reference lib="dom" />
/**
 * Commitments due or overdue at a date (`commitments(dueBy:)`): those due on or before it and not
 * known to be done, soonest first, each with its owner, status (and the date the status speaks for)
 * and the words that state it. Without a date, every commitment. Route: #/commitments?dueBy=YYYY-MM-DD.
 */
import { graphql } from '../../../generated/client/gql.ts';
import { request } from '../api.ts';
import { h, when } from '../dom.ts';
import { evidenceDisclosure, evidenceText } from '../evidence.ts';
import { field, go, questionForm } from '../form.ts';
import { dataTable } from '../table.ts';

const CommitmentsQuery = graphql(`
  query ExplorerCommitments($dueBy: String) {
    commitments(dueBy: $dueBy) {
      id text dueBy status statusAsOf
      owner { name }
      madeBy { name }
      statedBy { name }
      evidence { quote about document { id title url } }
    }
  }
`);

export async function commitmentsView(params: URLSearchParams): Promise<HTMLElement> {
  const dueBy = params.get('dueBy') || null;
  const input = h('input', { id: 'dueBy', name: 'dueBy', type: 'date', value: dueBy ?? '' });
  const form = questionForm(() => go('commitments', { dueBy: input.value }), field('dueBy', 'Due or overdue at', input));
  const list = (await request(CommitmentsQuery, { dueBy })).commitments;
  const title = dueBy ? `Commitments due or overdue at ${dueBy}` : 'All commitments';
  return h(
    'section',
    { 'aria-labelledby': 'commitments-title', class: 'question-view' },
    h('h1', { id: 'commitments-title' }, 'Commitments due or overdue'),
    form,
    h('p', {}, dueBy
      ? `Due on or before ${when(dueBy)} (a month's due date counts from its first day) and not known to be done.`
      : 'Every commitment in the graph, soonest due first. Choose a date for those due or overdue at it.'),
    dataTable({
      title,
      name: 'commitments',
      rows: list,
      empty: 'None.',
      columns: [
        { label: 'Commitment', value: (c) => c.text },
        { label: 'Due by', value: (c) => (c.dueBy ? `${when(c.dueBy)} (stated)` : 'no due date stated') },
        { label: 'Status', value: (c) => (c.status ? c.status.replace(/_/g, ' ').toLowerCase() : 'not stated by any document') },
        { label: 'Status as of', value: (c) => (c.statusAsOf ? `${when(c.statusAsOf)} (the stating document's date)` : '') },
        { label: 'Owner', value: (c) => c.owner?.name ?? 'not stated' },
        { label: 'Made by', value: (c) => [c.madeBy?.name, c.statedBy ? `stated by ${c.statedBy.name}` : null].filter(Boolean).join(', ') },
        { label: 'Evidence', value: (c) => evidenceText(c.evidence), render: (c) => evidenceDisclosure(c.evidence) },
      ],
    }),
  );
}
