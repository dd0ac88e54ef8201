/**
 * Recommendation lineage: a recommendation that says much the same as another, at the same PDU in
 * a later round or at another PDU, is linked to it, so an analyst can see what comes back. Derived
 * at load for the seeds' recommendations (among themselves) and on ingest for a document's new
 * recommendations (against every recommendation the graph holds, and each other); never for two of
 * one inspection.
 *
 * Vocabulary:
 *   terms      a text's stemmed content words (src/text/terms.ts), as theme rules use them
 *   score      the cosine of the two sets of terms, |A ∩ B| / sqrt(|A| |B|), from 0 to 1 (method
 *              STEMMED_TERM_COSINE). It does not depend on the rest of the corpus, so a pair scores
 *              the same whenever and in whatever order it is compared (TF-IDF, as
 *              similarRecommendations uses, would move as documents arrive)
 *   recurs     (later)-[:RECURS {score, method, sharedTerms, samePdu, ordered, explanation}]->(earlier)
 *              when score >= MIN_SCORE and they share at least MIN_SHARED terms. Later and earlier by
 *              the inspections' dates (month of fieldwork, else reported, else published: the
 *              definition of src/analysis/chronology.ts, repeated here because this layer is below
 *              it); in the same month or with a date unknown the pair is `ordered: false` and points
 *              from the larger id to the smaller
 *
 * Cost: on ingest the graph's recommendations are read once per transaction (src/sources/ingest/world.ts)
 * and indexed only when the documents quote a recommendation; a graph of hundreds of thousands of
 * recommendations would want its candidates from the similarity index (src/graph/term-index.ts: the
 * TermSets sharing a text's stems) instead: not done. The score stays this corpus-independent one,
 * apart from similarRecommendations' TF-IDF cosine on purpose (see `score` above).
 *
 * The thresholds were set on the default graph's recommendations: the pairs that say the same thing
 * in other words score 0.66 to 0.72 and share 6 to 9 terms; the next pairs (a shared topic, as
 * "domestic abuse and safeguarding") score 0.35 at most.
 */
import type { GraphBatch, Props } from '../batch.ts';
import { stems, terms } from '../../text/terms.ts';

export const LINEAGE_METHOD = 'STEMMED_TERM_COSINE';
export const MIN_SCORE = 0.5;
export const MIN_SHARED = 4;

/** A recommendation to compare: its words, its inspection, PDU and date. */
export interface LineageText {
  id: string;
  text: string;
  inspectionId: string;
  pduId: string | null;
  /** The inspection's date (chronology), `YYYY-MM...`, or null. */
  date: string | null;
}

/** An inspection's date from its properties: fieldwork month, else reported, else published. */
export function lineageDate(props: Props | undefined): string | null {
  const d = (props?.fieldworkFrom ?? props?.reportedIn ?? props?.publishedOn ?? null) as string | null;
  return d ? d.slice(0, 7) : null;
}

interface Prepared extends LineageText {
  stems: Set<string>;
}

/** Score and shared words of two texts; null below the thresholds. */
export function lineageScore(a: string, b: string): { score: number; shared: string[] } | null {
  const x = stems(a);
  const y = stems(b);
  const shared = terms(b).filter((t) => x.has(t.stem)).map((t) => t.word);
  const score = shared.length / Math.sqrt(x.size * y.size || 1);
  return shared.length >= MIN_SHARED && score >= MIN_SCORE ? { score: Math.round(score * 1000) / 1000, shared } : null;
}

/**
 * The batch's recommendations as lineage texts: their inspection from the batch's RECOMMENDS, its
 * PDU from the batch's OF (or `inspections`, the graph's), its date from the batch's node (or the graph's).
 */
export function batchRecommendations(batch: GraphBatch, inspections: ReadonlyMap<string, { pduId: string | null; props: Props }> = new Map()): LineageText[] {
  const inspectionOf = new Map<string, string>();
  const pduOf = new Map<string, string>();
  for (const g of batch.relationships) {
    if (g.type === 'RECOMMENDS') for (const r of g.rows) inspectionOf.set(r.to, r.from);
    if (g.type === 'OF') for (const r of g.rows) pduOf.set(r.from, r.to);
  }
  const out: LineageText[] = [];
  for (const row of batch.nodes.get('Recommendation')?.values() ?? []) {
    const inspectionId = inspectionOf.get(row.id);
    if (!inspectionId) continue;
    const props = batch.nodes.get('Inspection')?.get(inspectionId)?.props ?? inspections.get(inspectionId)?.props;
    out.push({
      id: row.id, text: String(row.props.text ?? ''), inspectionId,
      pduId: pduOf.get(inspectionId) ?? inspections.get(inspectionId)?.pduId ?? null, date: lineageDate(props),
    });
  }
  return out;
}

/**
 * RECURS for each of `fresh` against `known` and against the other fresh ones (each pair once).
 * Candidates are found through an index of terms, so the cost follows the pairs that share words.
 */
export function deriveLineage(batch: GraphBatch, fresh: readonly LineageText[], known: readonly LineageText[] = []): void {
  // Most documents (news reports) quote no recommendation: nothing to index then.
  if (fresh.length === 0) return;
  const prepared = (t: LineageText): Prepared => ({ ...t, stems: stems(t.text) });
  const freshIds = new Set(fresh.map((t) => t.id));
  const pool = [...known.filter((k) => !freshIds.has(k.id)), ...fresh].map(prepared);
  const byStem = new Map<string, number[]>();
  pool.forEach((t, i) => {
    for (const s of t.stems) byStem.set(s, [...(byStem.get(s) ?? []), i]);
  });
  const firstFresh = pool.length - fresh.length;
  for (let i = firstFresh; i < pool.length; i++) {
    const a = pool[i]!;
    const counts = new Map<number, number>();
    for (const s of a.stems) for (const j of byStem.get(s) ?? []) if (j !== i && !(j >= firstFresh && j > i)) counts.set(j, (counts.get(j) ?? 0) + 1);
    for (const [j, n] of counts) {
      const b = pool[j]!;
      if (n < MIN_SHARED || a.inspectionId === b.inspectionId) continue;
      link(batch, a, b);
    }
  }
}

/** One RECURS between two texts that pass the thresholds, from the later to the earlier. */
function link(batch: GraphBatch, a: Prepared, b: Prepared): void {
  const ordered = a.date !== null && b.date !== null && a.date !== b.date;
  const [later, earlier] = ordered ? (a.date! > b.date! ? [a, b] : [b, a]) : a.id > b.id ? [a, b] : [b, a];
  const found = lineageScore(later.text, earlier.text);
  if (!found) return;
  const samePdu = later.pduId !== null && later.pduId === earlier.pduId;
  const where = samePdu ? 'at the same PDU' : 'at another PDU';
  const when = ordered ? `a later inspection (${later.date}) repeats one of ${earlier.date}` : 'the order of the two inspections is not known';
  batch.rel('RECURS', ['Recommendation', later.id], ['Recommendation', earlier.id], {
    score: found.score, method: LINEAGE_METHOD, sharedTerms: found.shared, samePdu, ordered,
    explanation: `${where}, ${when}: ${found.shared.length} shared terms (${found.shared.join(', ')}), cosine ${found.score} of their stemmed terms (${LINEAGE_METHOD}, at least ${MIN_SCORE} and ${MIN_SHARED} terms)`,
  });
}
