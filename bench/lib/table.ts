/** The results as a table on stdout: the figure, its baseline and ratio, the target and whether it is met. */
import type { BenchResult } from './measure'

const format = (n: number | null) =>
  n === null ? '' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)

/** Whether the compared figure (the ratio where there is a baseline) meets its target; null without one. */
export function meetsTarget(r: BenchResult): boolean | null {
  if (r.target === null) return null
  const figure = r.ratio ?? r.value
  return r.better === 'lower' ? figure <= r.target : figure >= r.target
}

export function printTable(results: BenchResult[]) {
  const rows = results.map((r) => {
    const met = meetsTarget(r)
    return [
      r.name,
      `${format(r.value)} ${r.unit}`,
      r.baseline === null ? '' : `${format(r.baseline)} ${r.unit}`,
      r.ratio === null ? '' : `${format(r.ratio)} ×`,
      r.target === null
        ? ''
        : `${r.better === 'lower' ? '≤' : '≥'} ${r.target}${r.ratio === null ? '' : ' ×'}`,
      met === null ? '' : met ? 'yes' : 'NO',
    ]
  })
  const header = ['measurement', 'value', 'baseline', 'ratio', 'target', 'met']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const print = (cells: string[]) =>
    process.stdout.write(
      `${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}\n`,
    )
  print(header)
  print(widths.map((w) => '-'.repeat(w)))
  rows.forEach(print)
}
