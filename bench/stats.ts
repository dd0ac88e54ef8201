/** Percentiles and summaries of latency samples (milliseconds). */

export interface Summary {
  n: number;
  min: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The q-quantile (0..1) of sorted values, linearly interpolated between closest ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    min: r2(s[0] ?? NaN),
    p10: r2(quantile(s, 0.1)),
    p50: r2(quantile(s, 0.5)),
    p90: r2(quantile(s, 0.9)),
    p95: r2(quantile(s, 0.95)),
    p99: r2(quantile(s, 0.99)),
    max: r2(s[s.length - 1] ?? NaN),
    mean: r2(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
  };
}
