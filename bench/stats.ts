/** Tiny stats helper shared by the benchmarks: order statistics over repeated runs. */
export interface Summary {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

/** "1.23 (p25–p75 1.20–1.25)" with the given digits. */
export function fmt(s: Summary, digits = 2, unit = ""): string {
  return `${s.median.toFixed(digits)}${unit} (${s.p25.toFixed(digits)}–${s.p75.toFixed(digits)})`;
}

/** "1.23 (min–max 1.20–1.30)". */
export function fmtRange(s: Summary, digits = 2, unit = ""): string {
  return `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

export const now = () => performance.now();

export async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = now();
  const value = await fn();
  return [now() - start, value];
}

/** Repeats from the environment: BENCH_QUICK=1 shrinks every benchmark for a smoke run. */
export const quick = process.env.BENCH_QUICK === "1";
export const reps = (full: number, small = 2) => (quick ? small : full);

export function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
