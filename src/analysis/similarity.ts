/**
 * Recommendation similarity: TF-IDF-weighted cosine similarity of the normalised, stemmed terms of
 * two texts. Rare shared words ("analysis", "skills") count for more than common ones, so
 * recommendations that say the same thing in other words rank first even without a shared theme.
 * The shared terms are returned as the explanation.
 *
 * Vocabulary:
 *   terms    a text's distinct stems (src/text/terms.ts); each counts once (binary term frequency)
 *   idf      log((n + 1) / (df + 1)) + 1, n the number of recommendations, df how many have the stem
 *   score    sum of idf² over the shared stems / (norm of one × norm of the other), norm = sqrt(sum
 *            of idf² over a text's stems); rounded to 3 decimals; ties by id. `cosine` is the one
 *            definition, summing in sorted stem order, used by both ways of answering:
 *   exact    `similarTo` / `similarIn`: every recommendation scored (tests, the benchmark's reference)
 *   indexed  `similarRecommendations`: the API's way, without reading every recommendation. The
 *            similarity index (src/graph/term-index.ts) holds each recommendation's term key, one
 *            TermSet per distinct key and each stem's df. The target's stems, rarest first, query the
 *            full-text index over TermSets for at most CANDIDATE_SETS candidate sets; each set is
 *            scored exactly (its stems' df read from the Term nodes), and the best sets' recommendations
 *            are read in id order from the index on (termKey, id). Exact whenever the candidate sets
 *            include every set that scores in the top `first` (all of them when fewer sets than
 *            CANDIDATE_SETS share a stem with the target); otherwise the best the full-text ranking
 *            (BM25 over the sets) found, measured as recall at 10 by the benchmark.
 */
import { keyStems, terms, termKey } from '../text/terms.ts';
import type { Statement } from './statement.ts';
import type { Tx } from '../db/database.ts';
import type { RecommendationRecord } from '../model/records.ts';

export interface SimilarityInput { id: string; text: string }
export interface Similar { id: string; score: number; sharedTerms: string[] }

/** How many TermSets the full-text index proposes for one target. */
export const CANDIDATE_SETS = 500;
/** How many of the target's stems (the rarest) go into the full-text query. */
export const QUERY_STEMS = 24;
/** The full-text index over TermSet keys (src/graph/term-index.ts TERM_SET_INDEX; not imported: a lower layer's name, repeated). */
const TERM_SET_INDEX = 'term_set_v1';

export function idf(df: number, n: number): number {
  return Math.log((n + 1) / (df + 1)) + 1;
}

/** The cosine of two sets of stems (each sorted), weighted by `weight` (idf). The one definition of the score. */
export function cosine(a: readonly string[], b: readonly string[], weight: (stem: string) => number): number {
  const inA = new Set(a);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const s of a) na += weight(s) ** 2;
  for (const s of b) {
    const w = weight(s) ** 2;
    nb += w;
    if (inA.has(s)) dot += w;
  }
  if (dot === 0) return 0;
  return Math.round((dot / (Math.sqrt(na) * Math.sqrt(nb))) * 1000) / 1000;
}

/** The words of `text` whose stems are in `target`, as they appear in `text`. */
export function sharedWords(text: string, target: ReadonlySet<string>): string[] {
  return terms(text).filter((t) => target.has(t.stem)).map((t) => t.word);
}

const byScoreThenId = (a: { score: number; id: string }, b: { score: number; id: string }) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Exact: every recommendation scored.

/** Every recommendation, whole: the corpus the exact computation reads. */
export function recommendationsStatement(): Statement {
  return { cypher: 'MATCH (r:Recommendation) RETURN r {.*} AS node', params: {} };
}

export interface Corpus {
  docs: Array<{ id: string; text: string; stems: string[] }>;
  byId: Map<string, { id: string; text: string; stems: string[] }>;
  df: Map<string, number>;
}

/** Terms and document frequencies of every recommendation, once for any number of targets. */
export function prepareCorpus(all: readonly SimilarityInput[]): Corpus {
  const docs = all.map((d) => ({ id: d.id, text: d.text, stems: keyStems(termKey(d.text ?? '')) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.stems) df.set(s, (df.get(s) ?? 0) + 1);
  return { docs, byId: new Map(docs.map((d) => [d.id, d])), df };
}

export function similarIn(corpus: Corpus, targetId: string, first: number): Similar[] | null {
  const target = corpus.byId.get(targetId);
  if (!target) return null;
  const n = corpus.docs.length;
  const weight = (s: string) => idf(corpus.df.get(s) ?? 0, n);
  const scored: Array<{ id: string; score: number; text: string }> = [];
  for (const d of corpus.docs) {
    if (d.id === targetId) continue;
    const score = cosine(target.stems, d.stems, weight);
    if (score > 0) scored.push({ id: d.id, score, text: d.text });
  }
  const targetStems = new Set(target.stems);
  return scored.sort(byScoreThenId).slice(0, first).map((s) => ({ id: s.id, score: s.score, sharedTerms: sharedWords(s.text, targetStems) }));
}

export function similarTo(targetId: string, all: readonly SimilarityInput[], first: number): Similar[] | null {
  return similarIn(prepareCorpus(all), targetId, first);
}

// ---------------------------------------------------------------------------------------------
// Indexed: candidates from the similarity index, exact scores on them.

/** The target's term key and text, and the number of recommendations (from the count store). */
export function similarTargetStatement(id: string): Statement {
  return {
    cypher: `MATCH (r:Recommendation {id: $id})
CALL () { MATCH (x:Recommendation) RETURN count(x) AS n }
RETURN r.termKey AS key, r.text AS text, n`,
    params: { id },
  };
}

/** The target's stems' df, the candidate sets for a full-text query, and their stems' df. */
export function similarCandidatesStatement(stems: readonly string[], query: string, limit: number): Statement {
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node
  RETURN collect(node.key) AS keys
}
CALL (keys) {
  UNWIND keys AS key UNWIND split(key, ' ') AS stem RETURN collect(DISTINCT stem) AS candidateStems
}
CALL (candidateStems) {
  UNWIND $stems + candidateStems AS stem
  WITH DISTINCT stem
  MATCH (t:Term {stem: stem})
  RETURN collect([stem, t.df]) AS df
}
RETURN keys, df`,
    params: { index: TERM_SET_INDEX, query, limit, stems: [...stems] },
  };
}

/**
 * The first `first` recommendations (by id, the target left out) of each set. Ordered by termKey
 * (one value here) then id, so that the range index on (termKey, id) gives the order and the read
 * stops after `first` entries, however many recommendations share the key.
 */
export function recommendationsOfSetsStatement(keys: readonly string[], excludeId: string, first: number): Statement {
  return {
    cypher: `UNWIND $keys AS key
CALL (key) {
  MATCH (r:Recommendation) WHERE r.termKey = key AND r.id IS NOT NULL AND r.id <> $exclude
  RETURN r ORDER BY r.termKey, r.id LIMIT $first
}
RETURN key, collect(r {.*}) AS recommendations`,
    params: { keys: [...keys], exclude: excludeId, first },
  };
}

/** The full-text query for a set of stems: each a quoted token (a stem may hold a hyphen), OR-ed. */
export function candidateQuery(stems: readonly string[]): string {
  return stems.map((s) => `"${s}"`).join(' OR ');
}

export interface SimilarRecommendation { score: number; sharedTerms: string[]; recommendation: RecommendationRecord }

interface ScoredSet { key: string; score: number }

/** Candidate sets ranked by the exact score against the target's stems. */
function rankSets(stems: readonly string[], keys: readonly string[], df: ReadonlyMap<string, number>, n: number): ScoredSet[] {
  const weight = (s: string) => idf(df.get(s) ?? 0, n);
  return keys.map((key) => ({ key, score: cosine(stems, keyStems(key), weight) })).filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}

/**
 * The best `first` recommendations of the ranked sets: sets are read in score order until `first`
 * recommendations are in hand, always with every set tied with the last one read, so that no
 * recommendation left unread could rank above one returned.
 */
async function bestOfSets(tx: Tx, sets: readonly ScoredSet[], targetId: string, first: number): Promise<Array<{ score: number; node: RecommendationRecord }>> {
  const found: Array<{ score: number; node: RecommendationRecord }> = [];
  let i = 0;
  while (i < sets.length && found.length < first) {
    let j = Math.min(sets.length, i + Math.max(1, first - found.length));
    while (j < sets.length && sets[j]!.score === sets[j - 1]!.score) j++;
    const part = sets.slice(i, j);
    const score = new Map(part.map((s) => [s.key, s.score]));
    const st = recommendationsOfSetsStatement(part.map((s) => s.key), targetId, first);
    for (const rec of (await tx.run(st.cypher, st.params)).records) {
      for (const node of rec.get('recommendations') as RecommendationRecord[]) found.push({ score: score.get(rec.get('key') as string)!, node });
    }
    i = j;
  }
  return found.sort((a, b) => byScoreThenId({ score: a.score, id: a.node.id }, { score: b.score, id: b.node.id })).slice(0, first);
}

/** The document frequency of each of `stems`. */
export function termDfStatement(stems: readonly string[]): Statement {
  return { cypher: 'UNWIND $stems AS stem MATCH (t:Term {stem: stem}) RETURN stem, t.df AS df', params: { stems: [...stems] } };
}

/** The stems to query with: all of a usual recommendation's; of a long text, the QUERY_STEMS rarest (they say most). */
async function queryStems(tx: Tx, stems: readonly string[]): Promise<string[]> {
  if (stems.length <= QUERY_STEMS) return [...stems];
  const st = termDfStatement(stems);
  const df = new Map((await tx.run(st.cypher, st.params)).records.map((r) => [r.get('stem') as string, r.get('df') as number]));
  return [...stems].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1)).slice(0, QUERY_STEMS);
}

/** The API's similarRecommendations: null when no recommendation has the id. */
export async function similarRecommendations(tx: Tx, id: string, first: number): Promise<SimilarRecommendation[] | null> {
  const t = similarTargetStatement(id);
  const target = (await tx.run(t.cypher, t.params)).records[0];
  if (!target) return null;
  const text = String(target.get('text') ?? '');
  // A recommendation stored before the index existed has no key yet (applySchema adds them): from its text.
  const stems = keyStems((target.get('key') as string | null) ?? termKey(text));
  if (stems.length === 0) return [];
  const n = target.get('n') as number;
  const c = similarCandidatesStatement(stems, candidateQuery(await queryStems(tx, stems)), CANDIDATE_SETS);
  const row = (await tx.run(c.cypher, c.params)).records[0]!;
  const df = new Map(row.get('df') as Array<[string, number]>);
  const sets = rankSets(stems, row.get('keys') as string[], df, n);
  const best = await bestOfSets(tx, sets, id, first);
  const targetStems = new Set(stems);
  return best.map((b) => ({ score: b.score, sharedTerms: sharedWords(String(b.node.text ?? ''), targetStems), recommendation: b.node }));
}
