/**
 * Scoring a notice reading against the register a DPO wrote for the notice (tests/fixtures/notices/*.expected.json):
 * recall and precision of vendors, lawful bases, data categories and transfers (and the rest, for the record).
 * Shared by the unit tests and the benchmark, so both count the same way.
 */
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { LEGAL_BASES, MECHANISMS, SOURCE_KINDS, languageSchema } from '../../shared/schemas/codes'
import { DATA_CATEGORY_KEYS, SUBJECT_KEYS } from '../../shared/notice-reader/concepts'
import { foldPhrase } from '../../shared/notice-reader/folded'
import { nameKey } from '../../shared/notice-reader/organisations'
import type { ItemOf, NoticeReading } from '../../shared/notice-reader/schema'

export const expectationSchema = z.strictObject({
  language: languageSchema,
  organisation: z.strictObject({ name: z.string(), country: z.string().length(2) }),
  vendors: z.array(z.strictObject({ name: z.string(), aliases: z.array(z.string()).optional() })),
  legalBases: z.array(z.enum(LEGAL_BASES)),
  dataCategories: z.array(z.enum(DATA_CATEGORY_KEYS)),
  dataSubjectCategories: z.array(z.enum(SUBJECT_KEYS)),
  sources: z.array(z.enum(SOURCE_KINDS)),
  transfers: z.array(z.strictObject({ country: z.string().length(2), mechanism: z.enum(MECHANISMS) })),
  retention: z.array(z.string()),
})
export type Expectation = z.infer<typeof expectationSchema>

export const METRICS = [
  'vendors',
  'legalBases',
  'dataCategories',
  'transfers',
  'dataSubjectCategories',
  'retention',
] as const
export type Metric = (typeof METRICS)[number]

export interface Count {
  /** Expected items found. */
  found: number
  expected: number
  /** Proposals that match an expected item. */
  correct: number
  proposed: number
  missed: string[]
  wrong: string[]
}

export type Score = Record<Metric, Count>

const sameVendor = (names: string[], expected: { name: string; aliases?: string[] }) => {
  const keys = new Set([expected.name, ...(expected.aliases ?? [])].map(nameKey))
  return names.some((n) => keys.has(nameKey(n)))
}

function setCount(expected: string[], proposed: string[]): Count {
  const e = new Set(expected)
  const p = new Set(proposed)
  return {
    found: [...e].filter((x) => p.has(x)).length,
    expected: e.size,
    correct: [...p].filter((x) => e.has(x)).length,
    proposed: p.size,
    missed: [...e].filter((x) => !p.has(x)),
    wrong: [...p].filter((x) => !e.has(x)),
  }
}

export function score(reading: NoticeReading, expected: Expectation): Score {
  const of = <K extends NoticeReading['items'][number]['kind']>(kind: K) =>
    reading.items.filter((i): i is ItemOf<K> => i.kind === kind)
  const parties = of('party')
  const partyNames = parties.map((p) => [p.name, ...p.aliases])
  const vendors: Count = {
    found: expected.vendors.filter((v) => partyNames.some((names) => sameVendor(names, v))).length,
    expected: expected.vendors.length,
    correct: partyNames.filter((names) => expected.vendors.some((v) => sameVendor(names, v))).length,
    proposed: parties.length,
    missed: expected.vendors
      .filter((v) => !partyNames.some((names) => sameVendor(names, v)))
      .map((v) => v.name),
    wrong: parties
      .filter((_, i) => !expected.vendors.some((v) => sameVendor(partyNames[i], v)))
      .map((p) => p.name),
  }
  const retentionTexts = of('retention').map((r) => foldPhrase(r.text))
  const retentionHits = expected.retention.filter((phrase) =>
    retentionTexts.some((t) => ` ${t} `.includes(` ${foldPhrase(phrase)} `)),
  )
  return {
    vendors,
    legalBases: setCount(
      expected.legalBases,
      of('purpose').flatMap((p) => (p.legalBasis ? [p.legalBasis] : [])),
    ),
    dataCategories: setCount(
      expected.dataCategories,
      of('dataCategory').map((d) => d.key),
    ),
    transfers: setCount(
      expected.transfers.map((t) => `${t.country}:${t.mechanism}`),
      of('transfer').map((t) => `${t.country}:${t.mechanism}`),
    ),
    dataSubjectCategories: setCount(
      expected.dataSubjectCategories,
      of('dataSubjectCategory').map((s) => s.key),
    ),
    retention: {
      found: retentionHits.length,
      expected: expected.retention.length,
      correct: of('retention').filter((r) =>
        expected.retention.some((phrase) => ` ${foldPhrase(r.text)} `.includes(` ${foldPhrase(phrase)} `)),
      ).length,
      proposed: of('retention').length,
      missed: expected.retention.filter((p) => !retentionHits.includes(p)),
      wrong: of('retention')
        .filter(
          (r) =>
            !expected.retention.some((phrase) =>
              ` ${foldPhrase(r.text)} `.includes(` ${foldPhrase(phrase)} `),
            ),
        )
        .map((r) => r.text),
    },
  }
}

/** Sum of counts over several notices (micro-averaged: every item counts once). */
export function total(scores: Score[]): Score {
  const sum = {} as Score
  for (const m of METRICS) {
    sum[m] = { found: 0, expected: 0, correct: 0, proposed: 0, missed: [], wrong: [] }
    for (const s of scores) {
      sum[m].found += s[m].found
      sum[m].expected += s[m].expected
      sum[m].correct += s[m].correct
      sum[m].proposed += s[m].proposed
    }
  }
  return sum
}

export const recall = (c: Count) => (c.expected === 0 ? 1 : c.found / c.expected)
export const precision = (c: Count) => (c.proposed === 0 ? 1 : c.correct / c.proposed)

export const NOTICE_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/notices')

export interface NoticeFixture {
  set: 'tuned' | 'held-out'
  name: string
  file: string
  expected: Expectation
}

/** The notices of one set with their expectations. */
export function noticeFixtures(set: 'tuned' | 'held-out'): NoticeFixture[] {
  const dir = path.join(NOTICE_FIXTURES, set)
  return fs
    .readdirSync(dir)
    .filter((f) => !f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.[^.]+$/, '')
      const expected = expectationSchema.parse(
        JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')),
      )
      return { set, name, file: path.join(dir, f), expected }
    })
}
