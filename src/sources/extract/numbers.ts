/**
 * Counts as press releases write them: digits ("11 PDUs") or words ("seven recommendations",
 * "twenty-one"). Used for recommendation counts and the number of PDUs in a region.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };

/** A regex source matching one count, in words or digits (use with the `i` flag). */
export const COUNT_SOURCE =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen)';

/** "seven" → 7, "11" → 11, "twenty-one" → 21; null for anything else. */
export function parseCount(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (t in UNITS) return UNITS[t]!;
  const m = /^(twenty|thirty|forty|fifty|sixty)(?:[- ](\w+))?$/.exec(t);
  if (!m) return null;
  const tens = TENS[m[1]!]!;
  if (!m[2]) return tens;
  const unit = UNITS[m[2]];
  return unit !== undefined && unit >= 1 && unit <= 9 ? tens + unit : null;
}
