/**
 * The reference data the editor shows beside a field — a partial adequacy decision's scope (the US note) and
 * the WP248 criteria's explanations — is in the interface's language: no English text of the reference data
 * appears in the Finnish, Swedish, Danish, German or French UI.
 */
import { describe, expect, it } from 'vitest'
import { plainTranslator } from '../../../shared/i18n'
import { UI } from '../../../shared/i18n/ui/languages'
import { ADEQUACY_DECISIONS } from '../../../shared/reference/adequacy'
import { DPIA_CRITERION_LIST } from '../../../shared/reference/dpia'
import { transferNote } from '../../../renderer/components/transfer-status-text'

const OTHERS = ['fi', 'sv', 'da', 'de', 'fr'] as const
const TODAY = '2026-06-01'

/** Every English text of those reference data: each decision's scope and each criterion's explanation. */
const ENGLISH = [
  ...ADEQUACY_DECISIONS.items.map((d) => d.scopeNote),
  ...DPIA_CRITERION_LIST.items.map((c) => c.explanation),
]

describe.each(OTHERS)('the %s interface', (language) => {
  it('explains each DPIA criterion in its own words', () => {
    const help = UI[language].editor.risk.criterionHelp
    for (const { code, explanation } of DPIA_CRITERION_LIST.items) {
      expect(help[code].length, code).toBeGreaterThan(20)
      expect(help[code], code).not.toBe(explanation)
    }
    const all = Object.values(help).join('\n')
    for (const english of ENGLISH) expect(all).not.toContain(english)
  })

  it('says what a transfer to each destination needs without the reference data’s English', () => {
    const t = plainTranslator(language)
    const english = plainTranslator('en')
    for (const country of ['US', 'CA', 'JP', 'KR', 'CH', 'IN', 'FI', 'GB']) {
      const note = transferNote(t, language, { country, internationalOrganisation: null }, TODAY)!
      const inEnglish = transferNote(english, 'en', { country, internationalOrganisation: null }, TODAY)!
      expect(note.body, country).not.toBe(inEnglish.body)
      for (const text of ENGLISH) expect(`${note.title}\n${note.body}`, country).not.toContain(text)
    }
  })
})

it('the English interface keeps the reference data’s own wording', () => {
  const note = transferNote(
    plainTranslator('en'),
    'en',
    { country: 'US', internationalOrganisation: null },
    TODAY,
  )!
  expect(note.body).toContain(ADEQUACY_DECISIONS.items.find((d) => d.countryCode === 'US')!.scopeNote)
  expect(UI.en.editor.risk.criterionHelp.large_scale).toBe(
    DPIA_CRITERION_LIST.items.find((c) => c.code === 'large_scale')!.explanation,
  )
})
