import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { FINDING_CODES } from '../../../shared/checks/codes'
import { plainTranslator } from '../../../shared/i18n'
import { FINDINGS } from '../../../shared/i18n/findings'
import { LANGUAGES } from '../../../shared/schemas/codes'
import { exportFile, richWorkspace } from '../../helpers/exports'

const PLACEHOLDER = /\{\{\s*-?\s*(\w+)\s*\}\}/g
const placeholders = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort()

/** A message text as a pattern a filled-in message must match: its words exactly, any value for a placeholder. */
const pattern = (template: string) =>
  new RegExp(
    `^${template
      .split(PLACEHOLDER)
      .map((part, i) => (i % 2 === 1 ? '[\\s\\S]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  )

const OTHERS = LANGUAGES.filter((lang) => lang !== 'en')

describe('finding messages in every export language', () => {
  it.each(LANGUAGES)('%s has a message for exactly the finding codes', (lang) => {
    expect(Object.keys(FINDINGS[lang]).sort()).toEqual([...FINDING_CODES].sort())
    for (const code of FINDING_CODES) expect(FINDINGS[lang][code].trim().length, code).toBeGreaterThan(40)
  })

  it.each(OTHERS)('%s uses the same placeholders as English in every message, and is not English', (lang) => {
    for (const code of FINDING_CODES) {
      expect(placeholders(FINDINGS[lang][code]), code).toEqual(placeholders(FINDINGS.en[code]))
      expect(FINDINGS[lang][code], code).not.toBe(FINDINGS.en[code])
      // Only `{{name}}` placeholders: a stray brace would be printed as it is.
      expect(FINDINGS[lang][code].replace(PLACEHOLDER, ''), code).not.toMatch(/[{}]/)
    }
  })

  it.each(OTHERS)('%s writes apostrophes typographically, as English does', (lang) => {
    for (const code of FINDING_CODES) expect(FINDINGS[lang][code], code).not.toContain("'")
  })

  it('translates a finding into Finnish with its values filled in', () => {
    const t = plainTranslator('fi')
    expect(t('findings.REVIEW_OVERDUE', { due: '2025-06-01' })).toBe(
      'Tämän käsittelytoimen tarkistus oli määrä tehdä viimeistään 2025-06-01. Tarkista, että selosteen tiedot ovat ' +
        'yhä ajan tasalla, kirjaa sitten tarkistus ja aseta seuraavan tarkistuksen päivämäärä.',
    )
    const exemption = t('findings.ART30_5_EXEMPTION_POSSIBLE', { count: 12, threshold: 250 })
    expect(exemption).toMatch(/^Organisaation palveluksessa on 12 henkilöä, vähemmän kuin 250,/)
    expect(exemption).toContain('30 artiklan 5 kohdan poikkeus')
    expect(t('findings.TRANSFER_NO_MECHANISM', { destination: 'Intia' })).toMatch(
      /^Siirrolle, jonka kohde on Intia, ei ole kirjattu siirtoperustetta\. Intia on EU:n\/ETA:n ulkopuolella/,
    )
  })

  it(
    'writes the findings sheet of a German workbook in German, every message one of the German texts',
    { timeout: 60_000 },
    async () => {
      const ws = await richWorkspace()
      const { file } = await exportFile(ws, 'xlsx', { language: 'de' })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(file)
      const sheet = workbook.getWorksheet('Prüfergebnisse')!
      expect(sheet.getRow(1).getCell(4).value).toBe('Feststellung')
      const messages = sheet.getColumn(4).values.slice(2).map(String)
      expect(messages.length).toBeGreaterThan(5)

      const german = FINDING_CODES.map((code) => pattern(FINDINGS.de[code]))
      const english = FINDING_CODES.map((code) => pattern(FINDINGS.en[code]))
      for (const message of messages) {
        expect(
          german.some((p) => p.test(message)),
          message,
        ).toBe(true)
        expect(
          english.some((p) => p.test(message)),
          message,
        ).toBe(false)
      }
      const invalid = messages.find((m) => m.includes('16. Juli 2020'))
      expect(invalid).toMatch(
        /^Die Übermittlung \(Ziel: Indien\) stützt sich auf „EU-US-Datenschutzschild“; darauf kann man sich seit 16\. Juli 2020 nicht mehr stützen\./,
      )
      expect(invalid).toContain('Standardvertragsklauseln des Durchführungsbeschlusses (EU) 2021/914')
      const all = messages.join('\n')
      for (const english of [
        'The transfer to',
        'relies on',
        'Choose a valid mechanism',
        'The review of this activity',
      ])
        expect(all).not.toContain(english)
    },
  )
})
