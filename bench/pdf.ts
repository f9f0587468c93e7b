/**
 * Time and memory of the PDF export by register size: for each size (40, 100, 400 activities) a fresh process
 * imports a generated register into a temporary workspace, exports it as PDF and reports seconds, CPU seconds
 * and the peak resident memory. Each size runs in its own process so one run's heap does not inflate the next
 * one's memory. `npm run bench` reports the export of 400 activities (target 5 s) and the growth from 40 to 400
 * (time for 400 ÷ time for 40; linear growth is 10, less with the fixed start-up cost). Then, in the same
 * process, the export again against its baseline: pdfkit alone writing the same lines in the same fonts (issue
 * 20: at most 2 ×). Not a test.
 *
 *   npx tsx bench/pdf.ts              # 40, 100, 400, printed as a table
 *   npx tsx bench/pdf.ts 400 2000     # any sizes
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { openBackend } from '../electron/core/backend'
import { createDocument } from '../electron/core/exports/pdf-layout/pdfkit'
import type { TextStyle } from '../electron/core/exports/pdf-layout/look'
import { Typesetter } from '../electron/core/exports/pdf-layout/text'
import { runExport } from '../electron/core/exports/run'
import { createClient } from '../shared/api/client'
import { EXPORT_SECTIONS } from '../shared/schemas/export'
import { generateRegister } from '../tests/fixtures/generate-register'
import { line, median, progress, type BenchResult } from './lib/measure'

interface Result {
  activities: number
  seconds: number
  /** The same export again in the same (now warm) process, and the bare pdfkit write of its text after it. */
  againSeconds: number
  bareSeconds: number
  /** CPU time of the process during the export: steadier than wall time on a shared machine. */
  cpuSeconds: number
  /** Resident memory before the export and its peak during it. */
  beforeMb: number
  peakMb: number
  fileMb: number
  pages: number
}

const mb = (bytes: number) => bytes / 1024 / 1024

interface DrawnText {
  lines: readonly string[]
  style: TextStyle
}

/** Record every block of lines the layout draws (font, size and text), by watching the one drawing call. */
function recordDrawnText(): { drawn: DrawnText[]; stop: () => void } {
  const drawn: DrawnText[] = []
  const draw = Typesetter.prototype.draw
  Typesetter.prototype.draw = function (this: Typesetter, lines, style, x, y) {
    drawn.push({ lines, style })
    return draw.call(this, lines, style, x, y)
  }
  return { drawn, stop: () => void (Typesetter.prototype.draw = draw) }
}

/**
 * The baseline: pdfkit alone writing the same lines in the same fonts and sizes, one under the other down A4
 * pages, with no layout layer (no measuring, wrapping, fiches, tables, contents or page furniture).
 */
async function bareWrite(drawn: DrawnText[], file: string): Promise<void> {
  const doc = createDocument(
    {
      Title: 'bare',
      Author: 'bench',
      Subject: 'bench',
      Keywords: '',
      Creator: 'bench',
      Producer: 'bench',
      CreationDate: new Date(),
    },
    'en',
  )
  const done = new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(file)
    out.on('finish', resolve).on('error', reject)
    doc.pipe(out)
  })
  const [height, margin] = [841.89, 50]
  const page = {
    size: 'A4',
    layout: 'portrait',
    margins: { top: margin, left: margin, right: margin, bottom: margin },
  } as const
  doc.addPage(page)
  let y = margin
  for (const { lines, style } of drawn) {
    doc.font(style.font).fontSize(style.size).fillColor(style.color)
    const lineHeight = doc.currentLineHeight(true)
    for (const text of lines) {
      if (y + lineHeight > height - margin) {
        doc.addPage(page)
        y = margin
      }
      if (text !== '') doc.text(text, margin, y, { lineBreak: false })
      y += lineHeight
    }
  }
  doc.end()
  await done
}

/** One export in this process. */
async function measure(activities: number): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-pdf-'))
  const backend = await openBackend(path.join(dir, 'ws.sqlite'), { actor: 'bench', logError: () => {} })
  try {
    const client = createClient(backend.dispatch)
    const { organisationId } = await client.call('register.import', {
      document: generateRegister({ activities, seed: 700 + activities }),
    })
    global.gc?.()
    const before = process.memoryUsage().rss
    let peak = before
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss))
    const sampler = setInterval(sample, 25)
    const file = path.join(dir, 'out.pdf')
    const started = performance.now()
    const cpu = process.cpuUsage()
    const request = {
      organisationId,
      format: 'pdf' as const,
      language: 'en' as const,
      sections: [...EXPORT_SECTIONS],
    }
    const recording = recordDrawnText()
    const record = await runExport(backend.ctx, request, file, { onProgress: sample })
    recording.stop()
    const seconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    clearInterval(sampler)
    sample()
    // Warm against warm: the export again (its register kept, exports/model.ts), then the bare write.
    const againStarted = performance.now()
    await runExport(backend.ctx, request, path.join(dir, 'again.pdf'))
    const againSeconds = (performance.now() - againStarted) / 1000
    const bareStarted = performance.now()
    await bareWrite(recording.drawn, path.join(dir, 'bare.pdf'))
    const bareSeconds = (performance.now() - bareStarted) / 1000
    // The page count as a reader sees it: the /Count of the page tree's root.
    const counts = [
      ...fs
        .readFileSync(file)
        .toString('latin1')
        .matchAll(/\/Type \/Pages\s*\/Count (\d+)/g),
    ].map((m) => Number(m[1]))
    return {
      activities,
      seconds,
      againSeconds,
      bareSeconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      beforeMb: mb(before),
      peakMb: mb(peak),
      fileMb: mb(record.byteSize),
      pages: Math.max(0, ...counts),
    }
  } finally {
    await backend.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** One export in a fresh process (this file with `--one`, under the same TypeScript loader). */
function measureApart(activities: number): Result {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--one', String(activities)],
    { encoding: 'utf8' },
  )
  return JSON.parse(out.trim().split('\n').at(-1)!) as Result
}

const describe = (r: Result) =>
  `${String(r.activities).padStart(6)} activities: ${r.seconds.toFixed(1).padStart(5)} s (CPU ${r.cpuSeconds.toFixed(1).padStart(5)} s), ` +
  `again ${r.againSeconds.toFixed(1)} s against bare pdfkit ${r.bareSeconds.toFixed(1)} s, RSS ${r.beforeMb.toFixed(0)} → peak ${r.peakMb.toFixed(0).padStart(4)} MB, ${r.pages} pages, ${r.fileMb.toFixed(1)} MB file`

export async function benchPdf(runs: number): Promise<BenchResult[]> {
  const results = new Map<number, Result[]>([
    [40, []],
    [100, []],
    [400, []],
  ])
  for (let run = 0; run < runs; run++) {
    for (const [size, list] of results) {
      const result = measureApart(size)
      list.push(result)
      progress(`  ${describe(result).trim()}`)
    }
  }
  const m = (size: number, pick: (r: Result) => number) => median(results.get(size)!.map(pick))
  return [
    line(
      'pdf: export of one organisation (400 activities)',
      m(400, (r) => r.seconds),
      's',
      { target: 5 },
    ),
    line(
      'pdf: 400 activities against 40, time (linear growth: 10 ×)',
      m(400, (r) => r.seconds),
      's',
      { baseline: m(40, (r) => r.seconds), target: 10 },
    ),
    line(
      'pdf: 400 activities against 40, CPU time (linear growth: 10 ×)',
      m(400, (r) => r.cpuSeconds),
      's',
      { baseline: m(40, (r) => r.cpuSeconds), target: 10 },
    ),
    line(
      'pdf: export of 400 activities again, against pdfkit writing the same lines bare',
      m(400, (r) => r.againSeconds),
      's',
      { baseline: m(400, (r) => r.bareSeconds), target: 2 },
    ),
    line(
      'pdf: export of 400 activities, peak resident memory',
      m(400, (r) => r.peakMb),
      'MB',
    ),
    line(
      'pdf: export of 100 activities',
      m(100, (r) => r.seconds),
      's',
    ),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--one') {
    console.log(JSON.stringify(await measure(Number(process.argv[3]))))
  } else {
    const sizes = process.argv.slice(2).map(Number)
    const results: Result[] = []
    for (const activities of sizes.length > 0 ? sizes : [40, 100, 400]) {
      const result = measureApart(activities)
      results.push(result)
      console.log(describe(result))
    }
    const small = results.find((r) => r.activities === 40)
    const large = results.find((r) => r.activities === 400)
    if (small && large) {
      console.log(
        `400/40: time ${(large.seconds / small.seconds).toFixed(1)}, CPU ${(large.cpuSeconds / small.cpuSeconds).toFixed(1)}, pages ${(large.pages / small.pages).toFixed(1)} (linear: 10, less with the fixed start-up cost)`,
      )
    }
  }
}
