/**
 * When two texts say the same thing: the rules that keep one recommendation, finding or quote one
 * node when several documents report it.
 *
 * - sameText: equal words, or one within the other when not much shorter (a news report quoting
 *   part of a press release's sentence).
 * - knownRecommendation: a quoted phrase that equals, or sits inside, a known recommendation.
 * - nearDuplicate (findings): the same finding in other words, or quoted in part by a news report
 *   (see the function). Only findings of the same inspection and the same polarity are ever
 *   compared (src/sources/ingest/plan/statements.ts), so different inspections never merge.
 */
import { nameKey } from './keys.ts';
import { stems } from './terms.ts';

/** Words for comparing texts: normalised, with a leading "to" / "including to" dropped. */
export function textKey(text: string): string {
  return nameKey(text).replace(/^(?:including )?to /, '');
}

/** Whether two texts say the same thing: equal words, or one within the other (when not much shorter). */
export function sameText(a: string, b: string): boolean {
  const x = textKey(a);
  const y = textKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return ` ${long} `.includes(` ${short} `) && short.length >= 0.6 * long.length;
}

/** A quoted recommendation is known when it equals, or is contained in, an existing one. */
export function knownRecommendation(quoted: string, existing: string): boolean {
  const q = textKey(quoted);
  const e = textKey(existing);
  if (!q || !e) return false;
  return q === e || ` ${e} `.includes(` ${q} `) || sameText(quoted, existing);
}

/** Paraphrase: the share of the shorter finding's content terms the other must have... */
export const PARAPHRASE_SHARE = 0.75;
/** ...and at least this many shared terms (two short findings sharing "staff" are not one). */
export const PARAPHRASE_MIN = 5;
/** Quotation: the longest run of the same words the two must share (a news report quoting a release). */
export const QUOTED_RUN = 6;

/** The words of a text, normalised. */
const words = (text: string): string[] => nameKey(text).split(' ').filter(Boolean);

/** The longest run of consecutive words two texts share: where it starts in each, and its length. */
function longestRun(x: string[], y: string[]): { i: number; j: number; length: number } {
  let best = { i: 0, j: 0, length: 0 };
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
      if (k > best.length) best = { i, j, length: k };
    }
  }
  return best;
}

/** The content terms of a text outside the words [from, from + length). */
function termsOutside(w: string[], from: number, length: number): Set<string> {
  return stems([...w.slice(0, from), ...w.slice(from + length)].join(' '));
}

/**
 * Whether two findings of the same inspection say the same thing:
 * - the same words (sameText); or
 * - a paraphrase: they share at least PARAPHRASE_MIN content terms, covering PARAPHRASE_SHARE of the
 *   shorter one's; or
 * - a quotation: they share a run of at least QUOTED_RUN words holding at least three content terms,
 *   and agree beyond it (a content term outside the run in both). Two findings that share only a
 *   stock opening ("leaders had maintained a strong focus on ...") and then say different things do
 *   not agree beyond the run, so they stay two.
 */
export function nearDuplicate(a: string, b: string): boolean {
  if (sameText(a, b)) return true;
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  if (shared >= PARAPHRASE_MIN && shared / Math.min(x.size, y.size) >= PARAPHRASE_SHARE) return true;
  const wa = words(a);
  const wb = words(b);
  const run = longestRun(wa, wb);
  if (run.length < QUOTED_RUN || stems(wa.slice(run.i, run.i + run.length).join(' ')).size < 3) return false;
  const outsideA = termsOutside(wa, run.i, run.length);
  const outsideB = termsOutside(wb, run.j, run.length);
  return [...outsideA].some((t) => outsideB.has(t));
}
