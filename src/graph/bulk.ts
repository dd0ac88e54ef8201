/**
 * The bulk path's first half: GraphBatches written as the CSV files `neo4j-admin database import
 * full` reads, for an empty database. The graph they give is the graph the transactional writer
 * (write.ts) gives for the same batches: nodes with the same stored properties (storedProps: the
 * term key on recommendations), relationships collapsed the same way (the last of a repeated one
 * wins), and the similarity index's Term and TermSet nodes counted from every recommendation.
 *
 * Vocabulary:
 *   signature  a node's or relationship's property names with their CSV types (`position:long`);
 *              rows are written to one file per label (or type and end labels) and signature,
 *              because a CSV column has one type and a property may be a whole number on one node
 *              and a fraction on another (the driver sends whole numbers as integers: db/database.ts)
 *   id space   each label is its own ID space (`id:ID(PDU)`), so relationships name their ends by
 *              label and id, as the writer's MATCH (a:Label {id}) does
 *
 * Streaming: rows go to disk batch by batch, so the whole graph is never in memory; only the ids of
 * the nodes written (a node may be written once: a CSV row cannot be taken back) and the keys of
 * relationships between nodes of earlier batches (the only ones a later batch could repeat).
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { GraphBatch, NodeLabel, Props, RelGroup, RelRow } from './batch.ts';
import { storedProps, termIndexNodes } from './term-index.ts';

/** Between the items of a list property in the CSV (`--array-delimiter`): a control character no text holds. */
export const ARRAY_DELIMITER = '\u001f';

type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';

function csvType(value: Exclude<Props[string], null>): CsvType {
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

function csvValue(value: Props[string] | undefined, key: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = (value as unknown[]).map(String);
    if (items.some((s) => s.includes(ARRAY_DELIMITER))) throw new Error(`bulk import: a value of list property '${key}' holds the array delimiter U+001F`);
    return items.join(ARRAY_DELIMITER);
  }
  return String(value);
}

/**
 * The import tool reads an empty field as no value, for lists too: an empty list cannot be written.
 * Its property is written as a marker instead (`__empty_<key>: true`), which the import then turns
 * into the empty list (emptyListStatement).
 */
export const EMPTY_LIST_MARKER = '__empty_';
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Property names with types, in a fixed order; null values are left out (the writer does not store them). */
function signatureOf(props: Props, skip: ReadonlySet<string>): Array<[string, CsvType]> {
  return Object.keys(props).filter((k) => !skip.has(k) && props[k] !== null && props[k] !== undefined).sort()
    .map((k) => (Array.isArray(props[k]) && (props[k] as unknown[]).length === 0 ? [`${EMPTY_LIST_MARKER}${k}`, 'boolean'] : [k, csvType(props[k] as Exclude<Props[string], null>)]));
}

/**
 * The statement that gives the entities marked in the CSV their empty list back: `name` is a label
 * or relationship type of the closed lists (src/model/labels.ts), `key` a checked property name.
 */
export function emptyListStatement(e: { kind: BulkFile['kind']; name: string; key: string }): string {
  if (!PROPERTY_NAME.test(e.key) || !PROPERTY_NAME.test(e.name)) throw new Error(`bulk import: unexpected name ${e.name}.${e.key}`);
  const marker = `\`${EMPTY_LIST_MARKER}${e.key}\``;
  const match = e.kind === 'nodes' ? `MATCH (x:${e.name})` : `MATCH ()-[x:${e.name}]->()`;
  return `${match} WHERE x.${marker} IS NOT NULL CALL (x) { SET x.${e.key} = [] REMOVE x.${marker} } IN TRANSACTIONS OF 50000 ROWS`;
}

export interface BulkFile {
  /** `--nodes=Label=file` or `--relationships=TYPE=file`. */
  kind: 'nodes' | 'relationships';
  /** The label or the relationship type. */
  name: string;
  path: string;
  rows: number;
}

interface OpenFile extends BulkFile {
  stream: WriteStream;
  columns: string[];
  /** Rows of the current batch, stringified together when it ends (one call per file, not per row). */
  pending: Array<Array<string | undefined>>;
}

export interface BulkSummary {
  files: BulkFile[];
  /** Where empty lists were written as markers, to be restored after the import. */
  emptyLists: Array<{ kind: BulkFile['kind']; name: string; key: string }>;
  nodes: number;
  relationships: number;
}

export class BulkCsvWriter {
  private readonly files = new Map<string, OpenFile>();
  private readonly written = new Map<NodeLabel, Set<string>>();
  /** Relationships between nodes of earlier batches: a later batch repeating one replaces nothing, so it is refused. */
  private readonly olderPairs = new Set<string>();
  private readonly termKeys = new Map<string, number>();
  private nodes = 0;
  private relationships = 0;
  private fileCount = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Write a batch's nodes and relationships (and remember its recommendations' term keys). */
  async add(batch: GraphBatch): Promise<void> {
    for (const [label, byId] of batch.nodes) {
      let seen = this.written.get(label);
      if (!seen) this.written.set(label, (seen = new Set()));
      for (const row of byId.values()) {
        if (seen.has(row.id)) throw new Error(`bulk import: node ${label} ${row.id} comes in two batches; the bulk path writes each node once`);
        seen.add(row.id);
        const props = storedProps(label, row.props);
        if (label === 'Recommendation') this.termKeys.set(String(props.termKey), (this.termKeys.get(String(props.termKey)) ?? 0) + 1);
        this.row('nodes', label, `${label}`, props, new Set(['id']), [`id:ID(${label})`], [row.id]);
        this.nodes++;
      }
    }
    for (const group of batch.relationships) this.addGroup(batch, group);
    await this.flush();
  }

  private async flush(): Promise<void> {
    for (const f of this.files.values()) {
      if (f.pending.length === 0) continue;
      const text = stringify(f.pending, { quoted_string: true });
      f.pending = [];
      await write(f.stream, text);
    }
  }

  private addGroup(batch: GraphBatch, group: RelGroup): void {
    for (const row of distinctRows(group)) {
      if (!batch.has(group.from, row.from) && !batch.has(group.to, row.to)) {
        const key = relKey(group, row);
        if (this.olderPairs.has(key)) throw new Error(`bulk import: relationship ${group.type} ${row.from} -> ${row.to} comes in two batches`);
        this.olderPairs.add(key);
      }
      this.row('relationships', group.type, `${group.type}|${group.from}|${group.to}`, row.props, new Set(),
        [`:START_ID(${group.from})`, `:END_ID(${group.to})`], [row.from, row.to]);
      this.relationships++;
    }
  }

  /** The similarity index's nodes, then every file closed. */
  async finish(): Promise<BulkSummary> {
    const index = termIndexNodes(this.expandedKeys());
    for (const key of index.sets) this.row('nodes', 'TermSet', 'TermSet', {}, new Set(), ['key:ID(TermSet)'], [key]);
    for (const t of index.terms) this.row('nodes', 'Term', 'Term', { df: t.df }, new Set(), ['stem:ID(Term)'], [t.stem]);
    this.nodes += index.sets.length + index.terms.length;
    await this.flush();
    await this.close();
    const emptyLists = new Map<string, { kind: BulkFile['kind']; name: string; key: string }>();
    for (const f of this.files.values()) {
      for (const c of f.columns) if (c.startsWith(EMPTY_LIST_MARKER)) emptyLists.set(`${f.kind}|${f.name}|${c}`, { kind: f.kind, name: f.name, key: c.slice(EMPTY_LIST_MARKER.length) });
    }
    return {
      emptyLists: [...emptyLists.values()],
      files: [...this.files.values()].map(({ kind, name, path, rows }) => ({ kind, name, path, rows })),
      nodes: this.nodes,
      relationships: this.relationships,
    };
  }

  /** Close every file (also after a failure, before the folder is removed). */
  async close(): Promise<void> {
    await Promise.all([...this.files.values()].map((f) => (f.stream.closed ? undefined : new Promise<void>((resolve, reject) => f.stream.end((e?: Error | null) => (e ? reject(e) : resolve()))))));
  }

  private *expandedKeys(): Generator<string> {
    for (const [key, n] of this.termKeys) for (let i = 0; i < n; i++) yield key;
  }

  private row(kind: BulkFile['kind'], name: string, group: string, props: Props, skip: Set<string>, keyColumns: string[], keys: string[]): void {
    const signature = signatureOf(props, skip);
    const fileKey = `${group}|${signature.map(([k, t]) => `${k}:${t}`).join(',')}`;
    let file = this.files.get(fileKey);
    if (!file) {
      const path = join(this.dir, `${kind}-${String(++this.fileCount).padStart(3, '0')}-${name}.csv`);
      const columns = signature.map(([k]) => k);
      file = { kind, name, path, rows: 0, stream: createWriteStream(path), columns, pending: [] };
      this.files.set(fileKey, file);
      file.stream.write(stringify([[...keyColumns, ...signature.map(([k, t]) => `${k}:${t}`)]]));
    }
    file.pending.push([...keys, ...file.columns.map((k) => (k.startsWith(EMPTY_LIST_MARKER) ? 'true' : csvValue(props[k], k)))]);
    file.rows++;
  }
}

/** Resolve once the stream takes the chunk, or once it drains when its buffer is full. */
function write(stream: WriteStream, chunk: string): Promise<void> | void {
  if (stream.write(chunk)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

function relKey(group: RelGroup, row: RelRow): string {
  let key = `${group.type}\u0000${group.from}\u0000${row.from}\u0000${group.to}\u0000${row.to}`;
  for (const k of group.mergeOn) key += `\u0000${JSON.stringify(row.props[k])}`;
  return key;
}

/** The batch's rows of one group, the last of a repeated relationship winning (as write.ts collapses them). */
function distinctRows(group: RelGroup): RelRow[] {
  const byKey = new Map<string, RelRow>();
  for (const row of group.rows) byKey.set(relKey(group, row), row);
  return byKey.size === group.rows.length ? group.rows : [...byKey.values()];
}
