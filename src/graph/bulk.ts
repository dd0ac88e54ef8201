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
 *              with Neo4j 5.26: "Missing end for quote" at a multiple of --read-buffer-size), so a
 *              multiline sheet takes rows only until it holds `multilineSheetBytes`, and is read
 *              in one buffer
 *   column     a property name with its CSV type (`position:long`). A row leaves out the columns it
 *              has no value for (empty fields, and none at all after its last value): the tool reads
 *              an empty field as no value, which is how the writer treats null. A property that is a
 *              whole number on one node and a fraction on another (the driver sends whole numbers
 *              as integers: db/database.ts) cannot share a column: such a row goes to another sheet
 *
 * Streaming: rows go to disk batch by batch, so the whole graph is never in memory; only the numbers
 * of the nodes (a node may be written once: a CSV row cannot be taken back), which batch wrote each,
 * and the keys of relationships between nodes of earlier batches (the only ones a later batch could
 * repeat). A batch's lines are built as bytes (csv-bytes.ts), not strings: most of this writer's time
 * was making and collecting the strings of its fields, lines and keys.
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { GraphBatch, Props, RelGroup, RelRow } from './batch.ts';
import { CsvBytes } from './csv-bytes.ts';
import { storedProps, termIndexNodes } from './term-index.ts';

/** Between the items of a list property in the CSV (`--array-delimiter`): a control character no text holds. */
export const ARRAY_DELIMITER = '\u001f';
const ARRAY_DELIMITER_BYTE = ARRAY_DELIMITER.charCodeAt(0);

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

/**
 * A stored value as its field: numbers and booleans bare (the column's type reads them), texts and
 * lists quoted. The writer writes these bytes without making the string (writeValue).
 */
export function csvField(value: Value, key: string): string {
  if (typeof value === 'string') return csvText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return csvText(listItems(value as unknown[], key).join(ARRAY_DELIMITER));
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
  /** Bytes written to the file by earlier batches (a multiline sheet's fill: see multiline above). */
  written: number;
  /** The id columns (`:ID,:LABEL` or `:START_ID,:END_ID,:TYPE`), then the properties'. */
  keyHeader: string;
  /** Each property column's place (from 0, after the id columns) and type. */
  columns: Map<string, { index: number; type: CsvType }>;
  /** Header entries (`name:type`) in column order. */
  names: string[];
  /** The lines of the current batch, written in one call when it ends. */
  lines: CsvBytes;
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

/** How much a multiline sheet holds before it takes no more rows: see multiline above. */
export const MULTILINE_SHEET_BYTES = 28 * 1024 * 1024;

/** A label's numbering: the number of every node written or referred to; negative (-n - 1) while only referred to. */
type Numbering = Map<string, number>;

/** A value put in a row: a list as its items' texts (csvField's). */
type Put = string | number | boolean | readonly string[];

/** A list's items as texts, refused when one holds the array delimiter (csvField's check). */
function listItems(items: readonly unknown[], key: string): readonly string[] {
  const texts = items.every((v) => typeof v === 'string') ? (items as readonly string[]) : items.map(String);
  if (texts.some((s) => s.includes(ARRAY_DELIMITER))) throw new Error(`bulk import: a value of list property '${key}' holds the array delimiter U+001F`);
  return texts;
}

/** A column the sheet has with another type: the row goes to the next sheet. */
const CONFLICT = -1;

export class BulkCsvWriter {
  private readonly sheets: Record<SheetKind, OpenSheet[]> = { nodes: [], relationships: [] };
  private readonly numbers = new Map<string, Numbering>();
  /** Nodes referred to by a relationship and not (yet) written: none may be left at the end. */
  private unwritten = 0;
  private nextNumber = 0;
  /** Which batch (counted from 1) wrote each numbered node; 0 while not written. */
  private writtenIn = new Int32Array(1 << 16);
  private batches = 0;
  /** Relationships between nodes of earlier batches: a later batch repeating one replaces nothing, so it is refused. */
  private readonly olderPairs = new Set<string>();
  private readonly termKeys = new Map<string, number>();
  private readonly emptyLists = new Map<string, EmptyList>();
  /** A label's or type's field (`"PDU"`) as bytes, encoded once. */
  private readonly nameFields = new Map<string, Buffer>();
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
    this.batches++;
    for (const [label, byId] of batch.nodes) {
      const numbering = this.numbering(label);
      for (const row of byId.values()) {
        const props = storedProps(label, row.props);
        if (label === 'Recommendation') this.termKeys.set(String(props.termKey), (this.termKeys.get(String(props.termKey)) ?? 0) + 1);
        this.node(label, numbering, 'id', row.id, props);
      }
    }
    for (const group of batch.relationships) this.addGroup(group);
    await this.flush();
  }

  /** A node row: its number, its label, its own id as the property `idKey`, its properties. */
  private node(label: string, numbering: Numbering, idKey: string, id: string, props: Props): void {
    const seen = numbering.get(id);
    if (seen !== undefined && seen >= 0) throw new Error(`bulk import: node ${label} ${id} comes in two batches; the bulk path writes each node once`);
    const n = seen === undefined ? this.newNumber() : -seen - 1;
    if (seen !== undefined) this.unwritten--;
    numbering.set(id, n);
    this.writtenIn[n] = this.batches;
    const lines = this.sheetFor('nodes', label, props, idKey, id);
    lines.natural(n);
    lines.comma();
    lines.encoded(this.nameField(label));
    this.writeFields(lines);
    this.nodes++;
  }

  /** The number of a relationship's end: the node's, or a new one it must get when written. */
  private numberOf(numbering: Numbering, id: string): number {
    const seen = numbering.get(id);
    if (seen !== undefined) return seen >= 0 ? seen : -seen - 1;
    const n = this.newNumber();
    numbering.set(id, -n - 1);
    this.unwritten++;
    return n;
  }

  private newNumber(): number {
    const n = this.nextNumber++;
    if (n >= this.writtenIn.length) {
      const longer = new Int32Array(this.writtenIn.length * 2);
      longer.set(this.writtenIn);
      this.writtenIn = longer;
    }
    return n;
  }

  private numbering(label: string): Numbering {
    let numbering = this.numbers.get(label);
    if (!numbering) this.numbers.set(label, (numbering = new Map()));
    return numbering;
  }

  private nameField(name: string): Buffer {
    let field = this.nameFields.get(name);
    if (!field) this.nameFields.set(name, (field = Buffer.from(csvText(name))));
    return field;
  }

  /**
   * A group's rows, the last of a repeated relationship winning (as write.ts collapses them): read
   * from the end, so a row met before is an earlier row.
   */
  private addGroup(group: RelGroup): void {
    const type = this.nameField(group.type);
    const from = this.numbering(group.from);
    const to = this.numbering(group.to);
    const met = new RowsMet(group);
    for (let i = group.rows.length - 1; i >= 0; i--) {
      const row = group.rows[i]!;
      const start = this.numberOf(from, row.from);
      const end = this.numberOf(to, row.to);
      if (met.repeats(i, start, end)) continue;
      if (this.writtenIn[start] !== this.batches && this.writtenIn[end] !== this.batches) {
        const older = `${group.type}|${relKey(start, end, group, row)}`;
        if (this.olderPairs.has(older)) throw new Error(`bulk import: relationship ${group.type} ${row.from} -> ${row.to} comes in two batches`);
        this.olderPairs.add(older);
      }
      const lines = this.sheetFor('relationships', group.type, row.props, null, null);
      lines.natural(start);
      lines.comma();
      lines.natural(end);
      lines.comma();
      lines.encoded(type);
      this.writeFields(lines);
      this.relationships++;
    }
  }

  /** Every sheet's lines of this batch written, together; their buffers are then reused. */
  private async flush(): Promise<void> {
    const pending = [...this.sheets.nodes, ...this.sheets.relationships].filter((s) => s.lines.length > 0);
    await Promise.all(pending.map((s) => new Promise<void>((resolve, reject) => s.stream.write(s.lines.bytes(), (e) => (e ? reject(e) : resolve())))));
    for (const s of pending) {
      s.written += s.lines.length;
      s.lines.clear();
    }
  }

  /** The similarity index's nodes, every file closed, the headers written. */
  async finish(): Promise<BulkSummary> {
    const index = termIndexNodes(this.expandedKeys());
    for (const key of index.sets) this.node('TermSet', this.numbering('TermSet'), 'key', key, {});
    for (const t of index.terms) this.node('Term', this.numbering('Term'), 'stem', t.stem, { df: t.df });
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
   * The lines of the first sheet of its kind whose columns fit the row's types (a new sheet when
   * none does), multiline (and not yet full) when the row holds a line break and not otherwise, its
   * fields put (fields) and counted: the caller writes the id columns, then writeFields the rest.
   */
  private sheetFor(kind: SheetKind, name: string, props: Props, ownKey: string | null, ownId: string | null): CsvBytes {
    const multiline = holdsLineBreak(props) || (ownId !== null && hasLineBreak(ownId));
    const sheets = this.sheets[kind];
    for (let i = 0; ; i++) {
      const other = sheets[i];
      if (other && (other.multiline !== multiline || (multiline && other.written + other.lines.length >= this.multilineSheetBytes))) continue;
      const sheet = other ?? this.openSheet(kind, multiline);
      if (!this.fields(sheet, kind, name, props, ownKey, ownId)) continue;
      sheet.rows++;
      return sheet.lines;
    }
  }

  /**
   * The row's property values and their columns into `at` / `values` (reused: no allocation per
   * row), with the node's own id as the property `ownKey` first, or false when a column of the sheet
   * has another type. Texts are quoted when written (writeValue).
   */
  private fields(sheet: OpenSheet, kind: SheetKind, name: string, props: Props, ownKey: string | null, ownId: string | null): boolean {
    this.count = 0;
    if (ownKey !== null && !this.put(columnOf(sheet, ownKey, 'string'), ownId!)) return false;
    for (const k in props) {
      const v = props[k];
      if (v === null || v === undefined || k === ownKey) continue;
      if (Array.isArray(v) && v.length === 0) {
        if (!this.put(columnOf(sheet, `${EMPTY_LIST_MARKER}${k}`, 'boolean'), true)) return false;
        if (!this.emptyLists.has(`${kind}|${name}|${k}`)) this.emptyLists.set(`${kind}|${name}|${k}`, { kind, name, key: k });
      } else if (!this.put(columnOf(sheet, k, csvType(v)), Array.isArray(v) ? listItems(v, k) : v)) return false;
    }
    return true;
  }

  private readonly at: number[] = [];
  private readonly values: Put[] = [];
  private count = 0;

  private put(at: number, value: Put): boolean {
    if (at === CONFLICT) return false;
    this.at[this.count] = at;
    this.values[this.count++] = value;
    return true;
  }

  /** The values put, each after as many commas as columns since the one before (none after the last), and the line's end. */
  private writeFields(lines: CsvBytes): void {
    let ascending = true;
    for (let j = 1; j < this.count; j++) if (this.at[j]! < this.at[j - 1]!) ascending = false;
    // Rare: a row whose keys come in another order than its sheet's columns.
    if (!ascending) this.sortPut();
    let previous = -1;
    for (let j = 0; j < this.count; j++) {
      lines.commas(this.at[j]! - previous);
      this.writeValue(lines, this.values[j]!);
      previous = this.at[j]!;
    }
    lines.newline();
  }

  /** The values put in column order (each column is put once): an insertion sort, rows have few values. */
  private sortPut(): void {
    const { at, values } = this;
    for (let j = 1; j < this.count; j++) {
      const a = at[j]!;
      const v = values[j]!;
      let k = j - 1;
      for (; k >= 0 && at[k]! > a; k--) {
        at[k + 1] = at[k]!;
        values[k + 1] = values[k]!;
      }
      at[k + 1] = a;
      values[k + 1] = v;
    }
  }

  /**
   * One value as its field (csvField: numbers and booleans bare, texts and lists quoted), its length
   * noted (it decides the tool's read buffer).
   */
  private writeValue(lines: CsvBytes, value: Put): void {
    let length: number;
    if (typeof value === 'string') {
      length = lines.text(value);
    } else if (Array.isArray(value)) {
      length = lines.list(value, ARRAY_DELIMITER_BYTE);
    } else if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
      const from = lines.length;
      lines.natural(value);
      length = lines.length - from;
    } else {
      const field = String(value);
      lines.raw(field);
      length = field.length;
    }
    if (length > this.longestField) this.longestField = length;
  }

  private openSheet(kind: SheetKind, multiline: boolean): OpenSheet {
    const n = this.sheets[kind].length + 1;
    const data = join(this.dir, `${kind}-${n}.csv`);
    const sheet: OpenSheet = {
      kind, header: join(this.dir, `${kind}-${n}-header.csv`), data, rows: 0, multiline, written: 0, stream: createWriteStream(data),
      keyHeader: kind === 'nodes' ? ':ID,:LABEL' : ':START_ID,:END_ID,:TYPE', columns: new Map(), names: [], lines: new CsvBytes(),
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

/**
 * The rows of one group met so far (read from the end), by their ends' numbers, in an
 * open-addressing table of whole-number arrays (a Map keyed by the pair made a number and an entry
 * to collect per row, a key string made one more). Rows met with the same ends in a group with
 * mergeOn are chained, and a row's mergeOn values compared with theirs.
 */
class RowsMet {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Per slot: 0 when empty, else the first row met with those ends, plus 1. */
  private readonly firstRows: Int32Array;
  /** Per row: the next row met with the same ends and other mergeOn values, plus 1; 0 for none. */
  private nextRows: Int32Array | null = null;
  private readonly mask: number;

  constructor(private readonly group: RelGroup) {
    // At most half full: short probes.
    let size = 16;
    while (size < group.rows.length * 2) size *= 2;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.firstRows = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Whether row i (from `start` to `end`) repeats a row met before; noted as met when not. */
  repeats(i: number, start: number, end: number): boolean {
    let slot = pairHash(start, end) & this.mask;
    for (; this.firstRows[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.starts[slot] === start && this.ends[slot] === end) return this.sameValuesMet(this.firstRows[slot]! - 1, i);
    }
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.firstRows[slot] = i + 1;
    return false;
  }

  /** Row i has the ends of the rows chained from `first`: whether it has the mergeOn values of one of them; chained when not. */
  private sameValuesMet(first: number, i: number): boolean {
    const { mergeOn, rows } = this.group;
    if (mergeOn.length === 0) return true;
    const next = (this.nextRows ??= new Int32Array(rows.length));
    for (let r = first; ; r = next[r]! - 1) {
      if (sameMergeValues(mergeOn, rows[r]!, rows[i]!)) return true;
      if (next[r] === 0) {
        next[r] = i + 1;
        return false;
      }
    }
  }
}

/** Whether two rows have the same values of the mergeOn properties, as their relKeys compare them (as JSON). */
function sameMergeValues(mergeOn: readonly string[], a: RelRow, b: RelRow): boolean {
  for (const k of mergeOn) {
    const x = a.props[k];
    const y = b.props[k];
    if (x === y) continue;
    if ((typeof x === 'string' && typeof y === 'string') || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/** A pair of node numbers mixed into 32 bits (numbers come in runs: unmixed they would crowd the table). */
function pairHash(start: number, end: number): number {
  let h = Math.imul(start, 0x9e3779b1) ^ end;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
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
function relKey(start: number, end: number, group: RelGroup, row: RelRow): string {
  let key = `${start},${end}`;
  for (const k of group.mergeOn) key += `\u0000${JSON.stringify(row.props[k])}`;
  return key;
}
