import { describe, expect, it } from 'vitest'
import { rightsFor } from '../../../shared/reference/rights'
import { LABELS } from '../../../shared/i18n/labels'
import { LANGUAGES } from '../../../shared/schemas/codes'

describe('the rights that apply, from the lawful bases', () => {
  it('follows the ICO table for each single basis', () => {
    const base = ['access', 'rectification']
    expect(rightsFor({ legalBases: ['6_1_a'] })).toEqual([
      ...base,
      'erasure',
      'restriction',
      'portability',
      'withdrawConsent',
      'complaint',
    ])
    expect(rightsFor({ legalBases: ['6_1_b'] })).toEqual([
      ...base,
      'erasure',
      'restriction',
      'portability',
      'complaint',
    ])
    expect(rightsFor({ legalBases: ['6_1_c'] })).toEqual([...base, 'restriction', 'complaint'])
    expect(rightsFor({ legalBases: ['6_1_d'] })).toEqual([...base, 'erasure', 'restriction', 'complaint'])
    expect(rightsFor({ legalBases: ['6_1_e'] })).toEqual([...base, 'restriction', 'objection', 'complaint'])
    expect(rightsFor({ legalBases: ['6_1_f'] })).toEqual([
      ...base,
      'erasure',
      'restriction',
      'objection',
      'complaint',
    ])
  })

  it('joins the rights of every purpose and adds Art. 22 when decisions are automated', () => {
    expect(rightsFor({ legalBases: ['6_1_c', '6_1_f'], automatedDecisionMaking: true })).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'objection',
      'automatedDecision',
      'complaint',
    ])
  })

  it('treats explicit consent under Art. 9(2)(a) as a consent that can be withdrawn', () => {
    expect(rightsFor({ legalBases: ['6_1_c'], specialCategoryConditions: ['9_2_a'] })).toContain(
      'withdrawConsent',
    )
  })

  it('gives nothing without a lawful basis (a processor record)', () => {
    expect(rightsFor({ legalBases: [null, null] })).toEqual([])
  })

  it('names every right in every language, differently from English', () => {
    for (const lang of LANGUAGES) {
      for (const [code, text] of Object.entries(LABELS[lang].codes.right)) {
        expect(text.trim(), `${lang} ${code}`).not.toBe('')
        if (lang !== 'en')
          expect(text, `${lang} ${code}`).not.toBe(
            LABELS.en.codes.right[code as keyof typeof LABELS.en.codes.right],
          )
      }
    }
  })
})
