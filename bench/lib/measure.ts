/** Timing and statistics for the benchmark: medians of several runs, percentiles, and the result lines. */

export interface BenchResult {
  name: string
  value: number
  unit: string
  /** The same work done the plainest way on the same machine, in the same unit; null where there is none. */
  baseline: number | null
  /** value / baseline; null without a baseline. */
  ratio: number | null
  /** The target of the compared figure: of the ratio where there is a baseline, else of the value. */
  target: number | null
  better: 'lower' | 'higher'
}

export function median(values: number[]): number {
  return percentile(values, 50)
}

/** The p-th percentile (nearest rank on the sorted values, interpolated). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p / 100) * (sorted.length - 1)
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low)
}

/**
 * Milliseconds per call of `fn`, averaged over as many calls as fit in `minMs` (at least `minCalls`), so a
 * call of 50 µs is timed as precisely as one of 50 ms.
 */
export async function timePerCall(fn: () => unknown, minMs = 150, minCalls = 3): Promise<number> {
  let calls = 0
  const start = performance.now()
  let elapsed = 0
  while (calls < minCalls || elapsed < minMs) {
    await fn()
    calls++
    elapsed = performance.now() - start
  }
  return elapsed / calls
}

/** Run `fn` and return its duration in milliseconds and its result. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

/**
 * Time the operation and its baseline alternately, `runs` times each, so a busy moment on the machine falls
 * on both; the result compares their medians.
 */
export async function paired(
  runs: number,
  operation: () => Promise<number> | number,
  baseline: () => Promise<number> | number,
) {
  const op: number[] = []
  const base: number[] = []
  for (let i = 0; i < runs; i++) {
    base.push(await baseline())
    op.push(await operation())
  }
  return { value: median(op), baseline: median(base), values: op, baselines: base }
}

/** Wall and CPU milliseconds of one call: on a shared machine the CPU time depends less on the others' load. */
export async function timedBoth(
  fn: () => Promise<unknown> | unknown,
): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await fn()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { wall, cpu: (used.user + used.system) / 1000 }
}

/** `paired` on wall and CPU time at once: the medians of both, for the operation and its baseline. */
export async function pairedBoth(
  runs: number,
  operation: () => Promise<{ wall: number; cpu: number }>,
  baseline: () => Promise<{ wall: number; cpu: number }>,
) {
  const op: { wall: number; cpu: number }[] = []
  const base: { wall: number; cpu: number }[] = []
  for (let i = 0; i < runs; i++) {
    base.push(await baseline())
    op.push(await operation())
  }
  const m = (xs: { wall: number; cpu: number }[], key: 'wall' | 'cpu') => median(xs.map((x) => x[key]))
  return {
    wall: { value: m(op, 'wall'), baseline: m(base, 'wall') },
    cpu: { value: m(op, 'cpu'), baseline: m(base, 'cpu') },
  }
}

export function line(
  name: string,
  value: number,
  unit: string,
  options: { baseline?: number; target?: number; better?: 'lower' | 'higher' } = {},
): BenchResult {
  const baseline = options.baseline ?? null
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null ? null : round(value / baseline),
    target: options.target ?? null,
    better: options.better ?? 'lower',
  }
}

/** Three significant digits: enough for noisy timings, short in the table and the JSON. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))))
  return Number(value.toFixed(Math.min(digits, 6)))
}

/** Print a progress line (to stderr, so a piped table stays clean). */
export function progress(message: string) {
  process.stderr.write(`[bench] ${message}\n`)
}
