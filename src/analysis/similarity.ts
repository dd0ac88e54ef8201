/**
 * Recommendation similarity: TF-IDF-weighted cosine similarity of the normalised, stemmed terms of
 * two texts. Rare shared words ("analysis", "skills") count for more than common ones, so
 * recommendations that say the same thing in other words rank first even without a shared theme.
 * The shared terms are returned as the explanation.
 */
import { terms, type Term } from '../text/terms.ts';
import type { Statement } from './statement.ts';

export interface SimilarityInput { id: string; text: string }
export interface Similar { id: string; score: number; sharedTerms: string[] }

/** Every recommendation, whole: the corpus the TF-IDF weights are computed over. */
export function recommendationsStatement(): Statement {
  return { cypher: 'MATCH (r:Recommendation) RETURN r {.*} AS node', params: {} };
}

export function similarTo(targetId: string, all: readonly SimilarityInput[], first: number): Similar[] | null {
  const docs = all.map((d) => ({ id: d.id, terms: terms(d.text) }));
  const target = docs.find((d) => d.id === targetId);
  if (!target) return null;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.terms) df.set(t.stem, (df.get(t.stem) ?? 0) + 1);
  const n = docs.length;
  const idf = (stem: string) => Math.log((n + 1) / ((df.get(stem) ?? 0) + 1)) + 1;
  const norm = (ts: Term[]) => Math.sqrt(ts.reduce((s, t) => s + idf(t.stem) ** 2, 0));
  const targetStems = new Set(target.terms.map((t) => t.stem));
  const targetNorm = norm(target.terms);
  const out: Similar[] = [];
  for (const d of docs) {
    if (d.id === targetId) continue;
    const shared = d.terms.filter((t) => targetStems.has(t.stem));
    if (shared.length === 0) continue;
    const dot = shared.reduce((s, t) => s + idf(t.stem) ** 2, 0);
    const score = dot / (targetNorm * norm(d.terms));
    out.push({ id: d.id, score: Math.round(score * 1000) / 1000, sharedTerms: shared.map((t) => t.word) });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, first);
}
