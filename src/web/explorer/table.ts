/// <reference lib="dom" />
/**
 * The one table every question view uses: rows rendered as an HTML table, and a "Download CSV"
 * button that writes the same header and the same cells (each column's `value`, which is also what
 * the cell shows unless the column renders richer content, such as links or an evidence disclosure).
 *
 * Vocabulary: a Column has a `label` (header), a `value` (the cell as text: the CSV's cell) and an
 * optional `render` (the cell as HTML elements).
 */
import { csvFileName, toCsv, BOM } from './csv.ts';
import { h, ratingBadge, RATING_LABEL, type Children } from './dom.ts';

export interface Column<Row> {
  label: string;
  value: (row: Row) => string;
  render?: (row: Row) => Children;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

export interface TableSpec<Row> {
  /** Read out as the table's caption, and the CSV file's name. */
  title: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** A class for the table, so tests and styles can find it. */
  name: string;
  /** What to say when there are no rows. */
  empty?: string;
}

/** The CSV of a table spec: the header, then one line per row. */
/** A rating column: the rating's words in the CSV, its badge on the page. */
export function ratingColumn<Row>(label: string, rating: (row: Row) => string): Column<Row> {
  return { label, value: (row) => RATING_LABEL[rating(row)] ?? rating(row), render: (row) => ratingBadge(rating(row)) };
}

export function tableCsv<Row>(spec: TableSpec<Row>): string {
  return toCsv(
    spec.columns.map((c) => c.label),
    spec.rows.map((r) => spec.columns.map((c) => c.value(r))),
  );
}

/** Save text as a file: a Blob URL on a link with `download` (the blob is ours, never data's URL). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([BOM, text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.setAttribute('href', url);
  a.setAttribute('download', fileName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function dataTable<Row>(spec: TableSpec<Row>): HTMLElement {
  const fileName = csvFileName(spec.title);
  const head = h('thead', {}, h('tr', {}, spec.columns.map((c) => h('th', { scope: 'col' }, c.label))));
  const body = h(
    'tbody',
    {},
    spec.rows.map((r) => h('tr', {}, spec.columns.map((c) => h('td', { class: c.numeric ? 'num' : null }, c.render ? c.render(r) : c.value(r))))),
  );
  const button = h(
    'button',
    { type: 'button', class: 'csv', 'aria-label': `Download CSV: ${spec.title}`, onclick: () => download(fileName, tableCsv(spec)) },
    'Download CSV',
  );
  return h(
    'div',
    { class: `data-table ${spec.name}` },
    h('div', { class: 'table-bar' }, h('span', { class: 'count' }, `${spec.rows.length} row${spec.rows.length === 1 ? '' : 's'}`), ' ', spec.rows.length ? button : null),
    spec.rows.length
      ? h('table', { class: `data ${spec.name}` }, h('caption', {}, spec.title), head, body)
      : h('p', { class: 'note' }, spec.empty ?? `${spec.title}: none.`),
  );
}
