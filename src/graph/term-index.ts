/**
 * The similarity index: what lets `similarRecommendations` (src/analysis/similarity.ts) find the
 * recommendations like one without reading every recommendation. The writer (write.ts) keeps it with
 * every Recommendation it writes, so seeds, ingestion and the synthetic generator keep it alike, and
 * the bulk import (src/graph/bulk.ts) builds the same nodes from the same functions.
 *
 * Vocabulary:
 *   termKey  Recommendation.termKey: the text's distinct stems, sorted and space-joined
 *            (src/text/terms.ts termKey); '' for a text without content words
 *   TermSet  (:TermSet {key}): one node per distinct non-empty termKey. Recommendations with the same
 *            key have the same term vector, so they score the same against any text; the full-text
 *            index TERM_SET_INDEX (whitespace analyzer: a stem is a token) finds the sets that share
 *            a text's terms, and the range index on Recommendation(termKey, id) their recommendations
 *   Term     (:Term {stem, df}): df = how many Recommendation nodes have the stem in their termKey,
 *            the document frequency the TF-IDF weights need. Kept exact by adding, in the same
 *            transaction, each write's difference: +1 per stem of a new key, -1 per stem of the key it
 *            replaces (a recommendation whose text changed). Nothing in the project deletes a
 *            Recommendation; a wipe deletes these nodes too.
 */
import type { Database, Tx } from '../db/database.ts';
import { keyStems, termKey } from '../text/terms.ts';
import type { NodeLabel, Props } from './batch.ts';

/** Full-text index over TermSet.key; its name carries a version, as FULLTEXT_INDEX's does. */
export const TERM_SET_INDEX = 'term_set_v1';

export function termIndexSchema(): string[] {
  return [
    'CREATE CONSTRAINT term_stem IF NOT EXISTS FOR (n:Term) REQUIRE n.stem IS UNIQUE',
    'CREATE CONSTRAINT term_set_key IF NOT EXISTS FOR (n:TermSet) REQUIRE n.key IS UNIQUE',
    'CREATE INDEX recommendation_term_key IF NOT EXISTS FOR (n:Recommendation) ON (n.termKey, n.id)',
    `CREATE FULLTEXT INDEX ${TERM_SET_INDEX} IF NOT EXISTS FOR (n:TermSet) ON EACH [n.key] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
  ];
}

/** The properties a node is stored with: a Recommendation's also carry its termKey. */
export function storedProps(label: NodeLabel, props: Props): Props {
  return label === 'Recommendation' ? { ...props, termKey: termKey(typeof props.text === 'string' ? props.text : '') } : props;
}

/** A recommendation's key before and after a write (`before` null: it did not exist, or had no key). */
export interface KeyChange { before: string | null; after: string }

/** What a write changes in the index: the TermSets to make sure of, and each stem's df difference. */
export interface TermIndexChanges {
  sets: string[];
  deltas: Array<{ stem: string; delta: number }>;
}

export function termIndexChanges(changes: Iterable<KeyChange>): TermIndexChanges {
  const sets = new Set<string>();
  const delta = new Map<string, number>();
  const add = (key: string, by: number) => {
    for (const s of keyStems(key)) delta.set(s, (delta.get(s) ?? 0) + by);
  };
  for (const c of changes) {
    if (c.before === c.after) continue;
    if (c.after !== '') sets.add(c.after);
    add(c.after, 1);
    if (c.before !== null) add(c.before, -1);
  }
  // Sorted, so that two writers take the locks of shared Term and TermSet nodes in one order.
  return {
    sets: [...sets].sort(),
    deltas: [...delta].filter(([, d]) => d !== 0).map(([stem, d]) => ({ stem, delta: d })).sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0)),
  };
}

/**
 * The stored keys of recommendations about to be rewritten, each node write-locked first (a SET that
 * reads the property it writes takes the lock before reading), so a concurrent rewrite of the same
 * recommendation cannot slip between this read and this transaction's difference.
 */
export async function lockedTermKeys(tx: Tx, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const r = await tx.run(
    'UNWIND $ids AS id MATCH (r:Recommendation {id: id}) SET r.termKey = r.termKey RETURN id, r.termKey AS key',
    { ids: [...ids].sort() },
  );
  return new Map(r.records.map((x) => [x.get('id') as string, (x.get('key') as string | null) ?? null]));
}

export const TERM_SET_CYPHER = 'UNWIND $rows AS key MERGE (:TermSet {key: key})';
export const TERM_DF_CYPHER = 'UNWIND $rows AS row MERGE (t:Term {stem: row.stem}) ON CREATE SET t.df = row.delta ON MATCH SET t.df = t.df + row.delta';

/** The index's nodes for a whole set of recommendations at once (the bulk import: nothing stored before). */
export function termIndexNodes(keys: Iterable<string>): { sets: string[]; terms: Array<{ stem: string; df: number }> } {
  const c = termIndexChanges([...keys].map((after) => ({ before: null, after })));
  return { sets: c.sets, terms: c.deltas.map((d) => ({ stem: d.stem, df: d.delta })) };
}

/**
 * Recommendations written before the index existed get their key (and the index its counts), in
 * transactions of `batch` recommendations; returns how many. A graph written by this version has none.
 */
export async function backfillTermKeys(db: Database, batch = 5_000): Promise<number> {
  let done = 0;
  for (;;) {
    const { result } = await db.write(async (tx) => {
      const r = await tx.run('MATCH (r:Recommendation) WHERE r.termKey IS NULL RETURN r.id AS id, r.text AS text LIMIT $n', { n: batch });
      const rows = r.records.map((x) => ({ id: x.get('id') as string, key: termKey(String(x.get('text') ?? '')) }));
      if (rows.length === 0) return 0;
      await tx.run('UNWIND $rows AS row MATCH (r:Recommendation {id: row.id}) SET r.termKey = row.key', { rows });
      const c = termIndexChanges(rows.map((x) => ({ before: null, after: x.key })));
      if (c.sets.length) await tx.run(TERM_SET_CYPHER, { rows: c.sets });
      if (c.deltas.length) await tx.run(TERM_DF_CYPHER, { rows: c.deltas });
      return rows.length;
    }, undefined, 300_000);
    done += result;
    if (result < batch) return done;
  }
}
