/**
 * The notice reader on the notices in tests/fixtures/notices, each scored against the register a DPO wrote for
 * it before the reader existed. The held-out set was never tuned on: its floors are the targets.
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readNoticeFile } from '../../../electron/core/notice-reader/read-file'
import { draftRegister } from '../../../shared/notice-reader/draft'
import { readNotice } from '../../../shared/notice-reader/read'
import { registerDocumentSchema } from '../../../shared/schemas/register'
import {
  noticeFixtures,
  precision,
  recall,
  score,
  total,
  type NoticeFixture,
} from '../../helpers/notice-score'

async function read(f: NoticeFixture) {
  const text = await readNoticeFile(f.file, fs.readFileSync(f.file))
  return readNotice(text, {
    language: f.expected.language,
    organisationName: f.expected.organisation.name,
    country: f.expected.organisation.country,
  })
}

describe.each(['tuned', 'held-out'] as const)('notices of the %s set', (set) => {
  const fixtures = noticeFixtures(set)

  it('covers all six languages', () => {
    expect(new Set(fixtures.map((f) => f.expected.language))).toEqual(
      new Set(['en', 'fi', 'sv', 'da', 'de', 'fr']),
    )
  })

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every proposal quotes its evidence where it stands, and the draft is a valid register',
    async (_name, f) => {
      const reading = await read(f)
      for (const item of reading.items) {
        expect(item.evidence.length, `${item.id} has evidence`).toBeGreaterThan(0)
        for (const e of item.evidence) expect(reading.text.slice(e.start, e.end)).toBe(e.text)
        expect(item.confidence).toBeGreaterThan(0)
        expect(item.activityIds.length).toBeGreaterThan(0)
      }
      const doc = draftRegister(reading, {
        name: f.expected.organisation.name,
        country: f.expected.organisation.country,
      })
      expect(registerDocumentSchema.safeParse(doc).success).toBe(true)
      expect(doc.activities.length).toBeGreaterThan(0)
      expect(doc.organisation.name).toBe(f.expected.organisation.name)
      // The same notice always reads the same.
      expect(await read(f)).toEqual(reading)
    },
  )

  it('finds vendors and lawful bases as well as the issue asks (recall ≥ 0.8, vendor precision ≥ 0.5)', async () => {
    const scores = await Promise.all(fixtures.map(async (f) => score(await read(f), f.expected)))
    const sum = total(scores)
    expect(recall(sum.vendors)).toBeGreaterThanOrEqual(0.8)
    expect(precision(sum.vendors)).toBeGreaterThanOrEqual(0.5)
    expect(recall(sum.legalBases)).toBeGreaterThanOrEqual(0.8)
    expect(recall(sum.dataCategories)).toBeGreaterThanOrEqual(0.7)
    expect(recall(sum.transfers)).toBeGreaterThanOrEqual(0.7)
  })
})

describe('what a DPO checks in a reading', () => {
  it('reads the Finnish classic notice: bases by article, processors by legal form in any case ending, the transfer with its clauses', async () => {
    const [f] = noticeFixtures('tuned').filter((x) => x.name === 'fi-kaneli-kauppa')
    const reading = await read(f)
    const names = reading.items.flatMap((i) => (i.kind === 'party' ? [i.name, ...i.aliases] : []))
    expect(names).toEqual(expect.arrayContaining(['Paytrail Oyj', 'Tilitoimisto Saldo Oy', 'Mailchimp']))
    expect(names).not.toContain('Kahvila Kaneli Oy')
    const transfer = reading.items.find((i) => i.kind === 'transfer')
    expect(transfer).toMatchObject({ country: 'US', mechanism: 'A46_2_c' })
    const mailchimp = reading.items.find((i) => i.kind === 'party' && i.name === 'Mailchimp')
    expect(transfer && transfer.kind === 'transfer' && transfer.partyItemId).toBe(mailchimp?.id)
    const retention = reading.items.filter((i) => i.kind === 'retention')
    expect(retention.map((r) => r.kind === 'retention' && r.months)).toEqual(expect.arrayContaining([36, 72]))
  })

  it('turns each row of a table with a purpose column into an activity with its basis and retention', async () => {
    const [f] = noticeFixtures('tuned').filter((x) => x.name === 'fr-atelier-lumiere')
    const reading = await read(f)
    expect(reading.activities.map((a) => a.name)).toEqual([
      'Gestion des commandes et livraison',
      'Facturation et comptabilité',
      'Prospection commerciale par e-mail',
      "Mesure d'audience du site",
    ])
    const doc = draftRegister(reading, { name: 'Atelier Lumière SAS', country: 'FR' })
    expect(doc.activities.map((a) => a.purposes.map((p) => p.legalBasis))).toEqual([
      ['6_1_b'],
      ['6_1_c'],
      ['6_1_a'],
      ['6_1_f'],
    ])
    expect(doc.activities[3].retention).toBe('13 mois')
    expect(doc.organisation).toMatchObject({ country: 'FR', supervisoryAuthority: 'FR', language: 'fr' })
  })

  it('keeps an ended mechanism as the notice states it, for the checks to flag', () => {
    const reading = readNotice(
      'Transfers\n\nOur CRM provider Acme Cloud Inc. stores data in the United States under the EU-US Privacy Shield.',
      { language: 'en' },
    )
    expect(reading.items.find((i) => i.kind === 'transfer')).toMatchObject({
      country: 'US',
      mechanism: 'PRIVACY_SHIELD',
    })
    const legacy = readNotice(
      'Overførsel\n\nMicrosoft overfører oplysninger til USA på grundlag af standardkontraktbestemmelser fra 2010.',
      { language: 'da' },
    )
    expect(legacy.items.find((i) => i.kind === 'transfer')).toMatchObject({
      country: 'US',
      mechanism: 'SCC_LEGACY',
    })
  })
})
