/**
 * A small seeded PRNG (mulberry32) so that synthetic data is the same for the same seed on every
 * machine and Node version. Streams are derived from (seed, ...keys), so any part of the data (one
 * cohort, one inspection) can be generated on its own and still come out identical.
 */

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number, ...keys: number[]) {
    let h = mix(0x9e3779b9, seed >>> 0);
    for (const k of keys) h = mix(h, k >>> 0);
    this.state = h || 1;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** One of `items` with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [x, w] of items) {
      if ((r -= w) < 0) return x;
    }
    return items[items.length - 1]![0];
  }

  /** `k` distinct items of `xs`, in random order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, Math.min(k, a.length));
  }
}
