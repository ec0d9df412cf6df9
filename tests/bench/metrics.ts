import { appendFileSync } from 'node:fs';

/**
 * One named figure from a benchmark. Durations are medians over `runs`;
 * `baseline` is the same work done the naive or raw way in the same run, so
 * `ratio` = value / baseline compares like with like on this machine.
 */
export interface Metric {
  name: string;
  value: number;
  unit: 'ms' | 'bytes' | 'count';
  runs?: number;
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
  note?: string;
}

/** Appends a metric to the file the bench runner collects (RAPPORT_BENCH_OUT). */
export function record(metric: Metric): void {
  const out = process.env.RAPPORT_BENCH_OUT;
  const withRatio = metric.baseline && metric.baseline.value > 0 ? { ...metric, ratio: round(metric.value / metric.baseline.value, 3) } : metric;
  if (out) appendFileSync(out, `${JSON.stringify(withRatio)}\n`);
  else console.log(JSON.stringify(withRatio));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
