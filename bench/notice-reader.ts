/**
 * Recall and precision of the notice reader (not a speed measurement): vendors, lawful bases, data categories
 * and transfers, on the held-out notices (never tuned on), the tuned notices, and the two real published
 * notices in ../shared/samples/notices (scored against bench/notice-samples.expected.json, written by reading
 * them). Also the time to read a notice. Run alone with `npm run bench -- --only notice-reader`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { readNoticeFile } from '../electron/core/notice-reader/read-file'
import { readNotice } from '../shared/notice-reader/read'
import {
  expectationSchema,
  METRICS,
  noticeFixtures,
  precision,
  recall,
  score,
  total,
  type Expectation,
  type Score,
} from '../tests/helpers/notice-score'
import { line, progress, timePerCall, type BenchResult } from './lib/measure'

const SAMPLES = path.resolve(import.meta.dirname, '../../shared/samples/notices')
const SCORED = ['vendors', 'legalBases', 'dataCategories', 'transfers'] as const

interface Case {
  name: string
  file: string
  expected: Expectation
}

async function scoreSet(cases: Case[]): Promise<{ score: Score; readMs: number[] }> {
  const scores: Score[] = []
  const readMs: number[] = []
  for (const c of cases) {
    const text = await readNoticeFile(c.file, fs.readFileSync(c.file))
    const options = {
      language: c.expected.language,
      organisationName: c.expected.organisation.name,
      country: c.expected.organisation.country,
    }
    const reading = readNotice(text, options)
    scores.push(score(reading, c.expected))
    readMs.push(await timePerCall(() => readNotice(text, options), 100, 2))
  }
  return { score: total(scores), readMs }
}

function sampleCases(): Case[] {
  const expectations = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, 'notice-samples.expected.json'), 'utf8'),
  ) as Record<string, unknown>
  return Object.entries(expectations)
    .filter(([file]) => fs.existsSync(path.join(SAMPLES, file)))
    .map(([file, expected]) => ({
      name: file,
      file: path.join(SAMPLES, file),
      expected: expectationSchema.parse(expected),
    }))
}

export async function benchNoticeReader(): Promise<BenchResult[]> {
  const sets: [string, Case[]][] = [
    ['held-out notices', noticeFixtures('held-out')],
    ['tuned notices', noticeFixtures('tuned')],
    ['real sample notices', sampleCases()],
  ]
  const results: BenchResult[] = []
  for (const [label, cases] of sets) {
    if (cases.length === 0) {
      progress(`no ${label} found`)
      continue
    }
    progress(`reading ${cases.length} ${label}…`)
    const { score: sum, readMs } = await scoreSet(cases)
    for (const m of SCORED) {
      const target = (m === 'vendors' || m === 'legalBases') && label !== 'tuned notices' ? 0.8 : undefined
      results.push(
        line(
          `notice reader, ${label} (${cases.length}): ${m} recall (${sum[m].found}/${sum[m].expected})`,
          recall(sum[m]),
          'share',
          { target, better: 'higher' },
        ),
      )
      results.push(
        line(
          `notice reader, ${label} (${cases.length}): ${m} precision (${sum[m].correct}/${sum[m].proposed})`,
          precision(sum[m]),
          'share',
          { target: m === 'vendors' && label !== 'tuned notices' ? 0.5 : undefined, better: 'higher' },
        ),
      )
    }
    for (const m of METRICS.filter((x) => !(SCORED as readonly string[]).includes(x))) {
      results.push(
        line(
          `notice reader, ${label} (${cases.length}): ${m} recall / precision`,
          recall(sum[m]),
          `share (precision ${precision(sum[m]).toFixed(2)})`,
          { better: 'higher' },
        ),
      )
    }
    results.push(line(`notice reader, ${label}: slowest read of one notice`, Math.max(...readMs), 'ms'))
  }
  return results
}
