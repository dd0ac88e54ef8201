/**
 * When two texts say the same thing: the rules that keep one recommendation, finding or quote one
 * node when several documents report it.
 *
 * - sameText: equal words, or one within the other when not much shorter (a news report quoting
 *   part of a press release's sentence).
 * - knownRecommendation: a quoted phrase that equals, or sits inside, a known recommendation.
 * - nearDuplicate (findings): the same finding in other words ("Leaders at Kirklees PDU have
 *   developed strategic relationships" in a press release and "Leaders had developed strategic
 *   relationships" in a news report). Two findings of ONE inspection are the same when they share
 *   most of their content words (stemmed): the overlap covers at least NEAR_DUPLICATE of the
 *   shorter one's words, and at least MIN_SHARED words. Only findings of the same inspection and
 *   the same polarity are ever compared, so different inspections never merge.
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

/** The share of the shorter finding's content words the other must have for the two to be one. */
export const NEAR_DUPLICATE = 0.7;
/** And at least this many shared content words (two short findings sharing "staff" are not one). */
export const MIN_SHARED = 4;

/** Whether two findings of the same inspection say the same thing (see the rule above). */
export function nearDuplicate(a: string, b: string): boolean {
  if (sameText(a, b)) return true;
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared >= MIN_SHARED && shared / Math.min(x.size, y.size) >= NEAR_DUPLICATE;
}
