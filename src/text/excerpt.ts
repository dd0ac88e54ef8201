/**
 * An excerpt of a text: only the passages that evidence something, in order, joined by a visible
 * gap marker. Used for documents whose licence does not allow the full text to be stored or served
 * (news reports, the publishers' copyright): the graph keeps the quoted words and their offsets into
 * the excerpt, so `excerpt.slice(start, end) === quote` still holds.
 */

export const GAP = '\n[…]\n';

export interface Excerpt {
  text: string;
  /** The offset in the excerpt of an offset in the original that lies inside a kept passage. */
  at(offset: number): number;
}

/** The passages [start, end) of `text`, merged where they overlap or touch, joined by GAP. */
export function excerptOf(text: string, spans: ReadonlyArray<readonly [number, number]>): Excerpt {
  const sorted = [...spans].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  let out = '';
  const placed: Array<{ from: number; to: number; at: number }> = [];
  for (const [a, b] of merged) {
    if (out) out += GAP;
    placed.push({ from: a, to: b, at: out.length });
    out += text.slice(a, b);
  }
  return {
    text: out,
    at(offset) {
      const p = placed.find((x) => offset >= x.from && offset <= x.to);
      if (!p) throw new Error(`offset ${offset} is not inside a kept passage`);
      return p.at + (offset - p.from);
    },
  };
}
