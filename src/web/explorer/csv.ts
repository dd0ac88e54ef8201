/**
 * CSV for analysts' spreadsheets, written by Papa Parse (`unparse`): every field quoted where it must
 * be (commas, quotes, line breaks), CRLF line ends, and cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR at the start) prefixed with `'` so pasting a quote from a
 * document can never run anything. A UTF-8 byte-order mark leads the file so Excel reads the
 * accents and dashes of PDU names correctly.
 */
import Papa from 'papaparse';

export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { quotes: false, escapeFormulae: true, newline: '\r\n' });
}

/** A file name from a title: lower case words joined by dashes, `.csv`. */
export function csvFileName(title: string): string {
  const base = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'table'}.csv`;
}
