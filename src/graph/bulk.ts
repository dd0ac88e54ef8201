/**
 * The bulk path's first half: GraphBatches written as the CSV files `neo4j-admin database import
 * full` reads, for an empty database. The graph they give is the graph the transactional writer
 * (write.ts) gives for the same batches: nodes with the same stored properties (storedProps: the
 * term key on recommendations), relationships collapsed the same way (the last of a repeated one
 * wins), and the similarity index's Term and TermSet nodes counted from every recommendation.
 *
 * Vocabulary:
 *   number     the whole number this writer gives each node, 0 to n - 1 in the order met: its id for
 *              the tool (`--id-type=integer`, one id space: the tool maps whole numbers far faster than
 *              texts), and how relationships name their ends. finish() checks that every number given
 *              is a node written once (the tool's check, not strict, may miss a dangling end). The
 *              node's own id stays an ordinary property (`id`; `stem` for Term, `key` for TermSet), as
 *              write.ts stores it
 *   sheet      one data file and its header file (`--nodes=header.csv,data.csv`): all nodes in one
 *              sheet (their label in a `:LABEL` column), all relationships in another (`:TYPE`).
 *              The tool pays a fixed time per file it reads (about 0.1 s to open and close one), so
 *              few files; the header is written last, once every column is known
 *   multiline  a sheet whose rows hold a line break inside a field (document texts, some quotes):
 *              the tool must read such a file with its multiline parser, which is much slower, so
 *              rows with a line break go to sheets of their own and the others (nearly all) are
 *              read fast (`--multiline-fields-format=v2` names the multiline files). The tool's
 *              v2 parser loses a quoted field that crosses from one read buffer to the next (seen
 *              with Neo4j 5.26: "Missing end for quote" at a multiple of --read-buffer-size), so
 *              a multiline sheet is kept to `multilineSheetBytes` and read in one buffer
 *   column     a property name with its CSV type (`position:long`). A row leaves out the columns it
 *              has no value for (empty fields, and none at all after its last value): the tool reads
 *              an empty field as no value, which is how the writer treats null. A property that is a
 *              whole number on one node and a fraction on another (the driver sends whole numbers
 *              as integers: db/database.ts) cannot share a column: such a row goes to another sheet
 *
 * Streaming: rows go to disk batch by batch, so the whole graph is never in memory; only the numbers
 * of the nodes (a node may be written once: a CSV row cannot be taken back) and the keys of
 * relationships between nodes of earlier batches (the only ones a later batch could repeat).
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { GraphBatch, Props, RelGroup, RelRow } from './batch.ts';
import { storedProps, termIndexNodes } from './term-index.ts';

/** Between the items of a list property in the CSV (`--array-delimiter`): a control character no text holds. */
export const ARRAY_DELIMITER = '\u001f';

type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';
type Value = Exclude<Props[string], null>;

function csvType(value: Value): CsvType {
  if (Array.isArray(value)) {
    const items = value as unknown[];
    if (items.length > 0 && items.every((v) => typeof v === 'number')) return items.every((v) => Number.isSafeInteger(v)) ? 'long[]' : 'double[]';
    if (items.length > 0 && items.every((v) => typeof v === 'boolean')) return 'boolean[]';
    return 'string[]';
  }
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/**
 * A text as a CSV field (RFC 4180, which the import tool reads): always quoted, so that an empty
 * string stays a value (an unquoted empty field is no value) and commas and line breaks stay inside;
 * a quote inside is doubled. Written by hand: csv-stringify took about 11 µs an entity, most of the
 * CSV time of a large import.
 */
export function csvText(s: string): string {
  return s.indexOf('"') === -1 ? `"${s}"` : `"${s.replaceAll('"', '""')}"`;
}

/** A stored value as its field: numbers and booleans bare (the column's type reads them), texts and lists quoted. */
export function csvField(value: Value, key: string): string {
  if (typeof value === 'string') return csvText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const items = (value as unknown[]).map(String);
  if (items.some((s) => s.includes(ARRAY_DELIMITER))) throw new Error(`bulk import: a value of list property '${key}' holds the array delimiter U+001F`);
  return csvText(items.join(ARRAY_DELIMITER));
}

/**
 * The import tool reads an empty field as no value, for lists too: an empty list cannot be written.
 * Its property is written as a marker instead (`__empty_<key>: true`), which the import then turns
 * into the empty list (emptyListStatement).
 */
export const EMPTY_LIST_MARKER = '__empty_';
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The statement that gives the entities marked in the CSV their empty list back: `name` is a label
 * or relationship type of the closed lists (src/model/labels.ts), `key` a checked property name.
 */
export function emptyListStatement(e: EmptyList): string {
  if (!PROPERTY_NAME.test(e.key) || !PROPERTY_NAME.test(e.name)) throw new Error(`bulk import: unexpected name ${e.name}.${e.key}`);
  const marker = `\`${EMPTY_LIST_MARKER}${e.key}\``;
  const match = e.kind === 'nodes' ? `MATCH (x:${e.name})` : `MATCH ()-[x:${e.name}]->()`;
  return `${match} WHERE x.${marker} IS NOT NULL CALL (x) { SET x.${e.key} = [] REMOVE x.${marker} } IN TRANSACTIONS OF 50000 ROWS`;
}

export type SheetKind = 'nodes' | 'relationships';
export interface EmptyList { kind: SheetKind; name: string; key: string }

/** A sheet as the tool is given it: `--nodes=header,data` or `--relationships=header,data`. */
export interface BulkSheet {
  kind: SheetKind;
  header: string;
  data: string;
  rows: number;
  /** Whether its rows hold line breaks inside fields (only such rows: see multiline above). */
  multiline: boolean;
}

interface OpenSheet extends BulkSheet {
  stream: WriteStream;
  /** Bytes written (counted for multiline sheets only), and whether a multiline sheet takes no more rows. */
  bytes: number;
  full: boolean;
  /** The id columns (`:ID,:LABEL` or `:START_ID,:END_ID,:TYPE`), then the properties'. */
  keyHeader: string;
  /** Each property column's place (from 0, after the id columns) and type. */
  columns: Map<string, { index: number; type: CsvType }>;
  /** Header entries (`name:type`) in column order. */
  names: string[];
  /** The lines of the current batch, written in one call when it ends. */
  pending: string;
}

export interface BulkSummary {
  sheets: BulkSheet[];
  /** Where empty lists were written as markers, to be restored after the import. */
  emptyLists: EmptyList[];
  nodes: number;
  relationships: number;
  /** The longest field written, in characters: the tool's read buffer must hold it (`--read-buffer-size`). */
  longestField: number;
}

/** A label's numbering: the number of every node written or referred to; negative (-n - 1) while only referred to. */
type Numbering = Map<string, number>;

/** A column the sheet has with another type: the row goes to the next sheet. */
const CONFLICT = -1;

/** A multiline sheet's most bytes (one row larger than this has a sheet to itself): see multiline above. */
export const MULTILINE_SHEET_BYTES = 28 * 1024 * 1024;

export class BulkCsvWriter {
  private readonly sheets: Record<SheetKind, OpenSheet[]> = { nodes: [], relationships: [] };
  private readonly numbers = new Map<string, Numbering>();
  /** Nodes referred to by a relationship and not (yet) written: none may be left at the end. */
  private unwritten = 0;
  private nextNumber = 0;
  /** Relationships between nodes of earlier batches: a later batch repeating one replaces nothing, so it is refused. */
  private readonly olderPairs = new Set<string>();
  private readonly termKeys = new Map<string, number>();
  private readonly emptyLists = new Map<string, EmptyList>();
  private nodes = 0;
  private relationships = 0;
  private longestField = 0;

  constructor(
    private readonly dir: string,
    private readonly multilineSheetBytes = MULTILINE_SHEET_BYTES,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Write a batch's nodes and relationships (and remember its recommendations' term keys). */
  async add(batch: GraphBatch): Promise<void> {
    for (const [label, byId] of batch.nodes) {
      for (const row of byId.values()) {
        const props = storedProps(label, row.props);
        if (label === 'Recommendation') this.termKeys.set(String(props.termKey), (this.termKeys.get(String(props.termKey)) ?? 0) + 1);
        this.node(label, 'id', row.id, props);
      }
    }
    for (const group of batch.relationships) this.addGroup(batch, group);
    await this.flush();
  }

  /** A node row: its number, its label, its own id as the property `idKey`, its properties. */
  private node(label: string, idKey: string, id: string, props: Props): void {
    const numbering = this.numbering(label);
    const seen = numbering.get(id);
    if (seen !== undefined && seen >= 0) throw new Error(`bulk import: node ${label} ${id} comes in two batches; the bulk path writes each node once`);
    const n = seen === undefined ? this.nextNumber++ : -seen - 1;
    if (seen !== undefined) this.unwritten--;
    numbering.set(id, n);
    this.row('nodes', label, `${n},${csvText(label)}`, props, idKey, id);
    this.nodes++;
  }

  /** The number of a relationship's end: the node's, or a new one it must get when written. */
  private numberOf(label: string, id: string): number {
    const numbering = this.numbering(label);
    const seen = numbering.get(id);
    if (seen !== undefined) return seen >= 0 ? seen : -seen - 1;
    const n = this.nextNumber++;
    numbering.set(id, -n - 1);
    this.unwritten++;
    return n;
  }

  private numbering(label: string): Numbering {
    let numbering = this.numbers.get(label);
    if (!numbering) this.numbers.set(label, (numbering = new Map()));
    return numbering;
  }

  /**
   * A group's rows, the last of a repeated relationship winning (as write.ts collapses them): read
   * from the end, so a key seen before is an earlier row. Keys are by node number, shorter than ids.
   */
  private addGroup(batch: GraphBatch, group: RelGroup): void {
    const type = csvText(group.type);
    const seen = new Set<string>();
    for (let i = group.rows.length - 1; i >= 0; i--) {
      const row = group.rows[i]!;
      const ends = `${this.numberOf(group.from, row.from)},${this.numberOf(group.to, row.to)}`;
      const key = group.mergeOn.length === 0 ? ends : relKey(ends, group, row);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!batch.has(group.from, row.from) && !batch.has(group.to, row.to)) {
        const older = `${group.type}|${key}`;
        if (this.olderPairs.has(older)) throw new Error(`bulk import: relationship ${group.type} ${row.from} -> ${row.to} comes in two batches`);
        this.olderPairs.add(older);
      }
      this.row('relationships', group.type, `${ends},${type}`, row.props, null, null);
      this.relationships++;
    }
  }

  /** Every sheet's lines of this batch written, then the streams drained together. */
  private async flush(): Promise<void> {
    const draining: Promise<void>[] = [];
    for (const s of [...this.sheets.nodes, ...this.sheets.relationships]) {
      if (s.pending.length === 0) continue;
      const full = !s.stream.write(s.pending);
      s.pending = '';
      if (full) draining.push(new Promise((resolve) => s.stream.once('drain', () => resolve())));
    }
    await Promise.all(draining);
  }

  /** The similarity index's nodes, every file closed, the headers written. */
  async finish(): Promise<BulkSummary> {
    const index = termIndexNodes(this.expandedKeys());
    for (const key of index.sets) this.node('TermSet', 'key', key, {});
    for (const t of index.terms) this.node('Term', 'stem', t.stem, { df: t.df });
    await this.flush();
    await this.close();
    if (this.unwritten > 0) throw new Error(`bulk import: ${this.unwritten} relationship ends are nodes no batch holds, e.g. ${this.someUnwritten().join(', ')}`);
    const sheets = [...this.sheets.nodes, ...this.sheets.relationships];
    for (const s of sheets) writeFileSync(s.header, `${[s.keyHeader, ...s.names].join(',')}\n`);
    return {
      sheets: sheets.map(({ kind, header, data, rows, multiline }) => ({ kind, header, data, rows, multiline })),
      emptyLists: [...this.emptyLists.values()],
      nodes: this.nodes,
      relationships: this.relationships,
      longestField: this.longestField,
    };
  }

  private someUnwritten(): string[] {
    const some: string[] = [];
    for (const [label, numbering] of this.numbers) {
      for (const [id, n] of numbering) if (n < 0 && some.length < 5) some.push(`${label} ${id}`);
    }
    return some;
  }

  /** Close every file (also after a failure, before the folder is removed). */
  async close(): Promise<void> {
    const open = [...this.sheets.nodes, ...this.sheets.relationships].filter((s) => !s.stream.closed);
    await Promise.all(open.map((s) => new Promise<void>((resolve, reject) => s.stream.end((e?: Error | null) => (e ? reject(e) : resolve())))));
  }

  private *expandedKeys(): Generator<string> {
    for (const [key, n] of this.termKeys) for (let i = 0; i < n; i++) yield key;
  }

  /**
   * One line: `keys` (the id columns, already fields), then the properties in their columns, with
   * the node's own id as the property `ownKey` first. In the first sheet of its kind, multiline
   * when the row holds a line break and not otherwise, whose columns fit its types; a new sheet
   * when none does.
   */
  private row(kind: SheetKind, name: string, keys: string, props: Props, ownKey: string | null, ownId: string | null): void {
    const multiline = holdsLineBreak(props) || (ownId !== null && hasLineBreak(ownId));
    const sheets = this.sheets[kind];
    for (let i = 0; ; i++) {
      if (i < sheets.length && (sheets[i]!.multiline !== multiline || sheets[i]!.full)) continue;
      const sheet = sheets[i] ?? this.openSheet(kind, multiline);
      if (!this.fields(sheet, kind, name, props, ownKey, ownId)) continue;
      const line = `${keys}${this.joined()}\n`;
      if (multiline) {
        const bytes = Buffer.byteLength(line);
        if (sheet.rows > 0 && sheet.bytes + bytes > this.multilineSheetBytes) {
          sheet.full = true;
          continue;
        }
        sheet.bytes += bytes;
      }
      sheet.pending += line;
      sheet.rows++;
      return;
    }
  }

  /**
   * The row's property fields and their columns into `at` / `values` (reused: no allocation per
   * row), or false when a column of the sheet has another type.
   */
  private fields(sheet: OpenSheet, kind: SheetKind, name: string, props: Props, ownKey: string | null, ownId: string | null): boolean {
    this.count = 0;
    if (ownKey !== null && !this.put(columnOf(sheet, ownKey, 'string'), csvText(ownId!))) return false;
    for (const k in props) {
      const v = props[k];
      if (v === null || v === undefined || k === ownKey) continue;
      if (Array.isArray(v) && v.length === 0) {
        if (!this.put(columnOf(sheet, `${EMPTY_LIST_MARKER}${k}`, 'boolean'), 'true')) return false;
        if (!this.emptyLists.has(`${kind}|${name}|${k}`)) this.emptyLists.set(`${kind}|${name}|${k}`, { kind, name, key: k });
      } else if (!this.put(columnOf(sheet, k, csvType(v)), csvField(v, k))) return false;
    }
    return true;
  }

  private readonly at: number[] = [];
  private readonly values: string[] = [];
  private count = 0;

  private put(at: number, field: string): boolean {
    if (at === CONFLICT) return false;
    this.measure(field);
    this.at[this.count] = at;
    this.values[this.count++] = field;
    return true;
  }

  /** The fields put, each after as many commas as columns since the one before (none after the last). */
  private joined(): string {
    let line = '';
    let ascending = true;
    for (let j = 1; j < this.count; j++) if (this.at[j]! < this.at[j - 1]!) ascending = false;
    if (!ascending) {
      // Rare: a row whose keys come in another order than its sheet's columns.
      const fields: string[] = [];
      for (let j = 0; j < this.count; j++) fields[this.at[j]!] = this.values[j]!;
      return this.count === 0 ? '' : `,${fields.join(',')}`;
    }
    let previous = -1;
    for (let j = 0; j < this.count; j++) {
      line += `${','.repeat(this.at[j]! - previous)}${this.values[j]}`;
      previous = this.at[j]!;
    }
    return line;
  }

  /** A field's length noted (it decides the tool's read buffer). */
  private measure(field: string): void {
    if (field.length > this.longestField) this.longestField = field.length;
  }

  private openSheet(kind: SheetKind, multiline: boolean): OpenSheet {
    const n = this.sheets[kind].length + 1;
    const data = join(this.dir, `${kind}-${n}.csv`);
    const sheet: OpenSheet = {
      kind, header: join(this.dir, `${kind}-${n}-header.csv`), data, rows: 0, multiline, bytes: 0, full: false, stream: createWriteStream(data),
      keyHeader: kind === 'nodes' ? ':ID,:LABEL' : ':START_ID,:END_ID,:TYPE', columns: new Map(), names: [], pending: '',
    };
    this.sheets[kind].push(sheet);
    return sheet;
  }
}

function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

/** Whether a text of the row, or an item of a list of texts, holds a line break. */
function holdsLineBreak(props: Props): boolean {
  for (const k in props) {
    const v = props[k];
    if (typeof v === 'string' ? hasLineBreak(v) : Array.isArray(v) && v.some((x) => typeof x === 'string' && hasLineBreak(x))) return true;
  }
  return false;
}

/** The column of `key` in the sheet (added when new), or CONFLICT when it has another type there. */
function columnOf(sheet: OpenSheet, key: string, type: CsvType): number {
  const c = sheet.columns.get(key);
  if (c) return c.type === type ? c.index : CONFLICT;
  const index = sheet.names.length;
  sheet.columns.set(key, { index, type });
  sheet.names.push(`${key}:${type}`);
  return index;
}

/** A relationship's key: its ends' numbers and the values that tell apart several between them. */
function relKey(ends: string, group: RelGroup, row: RelRow): string {
  let key = ends;
  for (const k of group.mergeOn) key += `\u0000${JSON.stringify(row.props[k])}`;
  return key;
}
