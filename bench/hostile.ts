/**
 * Hostile imports, each `ropa import` in a process of its own (the built command), for its peak resident memory
 * and time until it refuses: a 2 MB zip bomb whose table of contents claims 1 KB for a sheet of 2 GB, and a sheet
 * of a million rows under the file-size limit. Target for both: refused within seconds, under 300 MB.
 */
import fs from 'node:fs'
import path from 'node:path'
import { lyingZipBomb, manyRowsWorkbook } from '../tests/fixtures/hostile-xlsx'
import { ensureBuilt } from './browser'
import { line, median, progress, type BenchResult } from './lib/measure'
import { ropaWithPeak, type PeakReport } from './lib/peak'

const CASES = [
  {
    name: 'a 2 MB zip bomb claiming 1 KB for 2 GB',
    file: 'bomb.xlsx',
    bytes: () => lyingZipBomb({ inflatedMb: 2048, claimedBytes: 1024 }),
  },
  { name: 'a sheet of 1,000,000 rows', file: 'million.xlsx', bytes: () => manyRowsWorkbook(1_000_000) },
]

export async function benchHostile(runs: number, dir: string): Promise<BenchResult[]> {
  await ensureBuilt()
  const results: BenchResult[] = []
  for (const c of CASES) {
    const file = path.join(dir, c.file)
    fs.writeFileSync(file, c.bytes())
    const reports: PeakReport[] = []
    for (let run = 0; run < runs; run++) {
      const db = path.join(dir, `hostile-${run}.sqlite`)
      const report = await ropaWithPeak(['import', file, '--org', 'Hostile Oy', '--db', db])
      if (report.code === 0) throw new Error(`ropa import accepted ${c.name}`)
      progress(
        `  ${c.name}: refused in ${(report.ms / 1000).toFixed(1)} s, peak RSS ${report.peakRssMb.toFixed(0)} MB: ${report.stderr.slice(0, 100)}…`,
      )
      reports.push(report)
      for (const f of fs.readdirSync(dir))
        if (f.startsWith(`hostile-${run}.sqlite`)) fs.rmSync(path.join(dir, f))
    }
    fs.rmSync(file)
    results.push(
      line(
        `import: ${c.name}, peak resident memory until refused`,
        median(reports.map((r) => r.peakRssMb)),
        'MB',
        { target: 300 },
      ),
      line(`import: ${c.name}, time until refused`, median(reports.map((r) => r.ms)) / 1000, 's'),
    )
  }
  return results
}
