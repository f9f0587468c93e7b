import { describe, expect, it } from 'vitest'
import { LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS, SPECIAL_KINDS } from '../../../shared/schemas/codes'
import { LEGAL_BASIS_LIST, legalBasisInfo } from '../../../shared/reference/legal-bases'
import {
  SPECIAL_CONDITION_LIST,
  SPECIAL_KIND_LIST,
  needsArt10Basis,
  needsArt9Condition,
  specialConditionInfo,
  specialKindInfo,
} from '../../../shared/reference/special-categories'

describe('Art. 6(1) lawful bases', () => {
  it('has one entry per LEGAL_BASES code, in order', () => {
    expect(LEGAL_BASIS_LIST.items.map((b) => b.code)).toEqual([...LEGAL_BASES])
  })

  it('cites and words each basis', () => {
    expect(legalBasisInfo('6_1_a').article).toBe('Art. 6(1)(a)')
    expect(legalBasisInfo('6_1_a').label).toBe('Consent')
    expect(legalBasisInfo('6_1_f').article).toBe('Art. 6(1)(f)')
    expect(legalBasisInfo('6_1_f').text).toMatch(/legitimate interests pursued by the controller/)
    for (const b of LEGAL_BASIS_LIST.items) expect(b.text.length).toBeGreaterThan(40)
  })

  it('keeps legitimate interests from public authorities performing their tasks', () => {
    for (const b of LEGAL_BASIS_LIST.items) expect(b.notForPublicAuthorities).toBe(b.code === '6_1_f')
  })
})

describe('special categories', () => {
  it('has an entry for every SPECIAL_KINDS code except none', () => {
    expect(SPECIAL_KIND_LIST.items.map((k) => k.code).sort()).toEqual(
      SPECIAL_KINDS.filter((k) => k !== 'none').sort(),
    )
    expect(specialKindInfo('none')).toBeNull()
  })

  it('maps the eight Art. 9(1) types to an Art. 9(2) condition', () => {
    const art9 = SPECIAL_KIND_LIST.items.filter((k) => k.article === 'Art. 9(1)')
    expect(art9).toHaveLength(8)
    for (const k of art9) expect(needsArt9Condition(k.code)).toBe(true)
    expect(needsArt9Condition('health')).toBe(true)
    expect(needsArt9Condition('criminal')).toBe(false)
    expect(needsArt9Condition('national_id')).toBe(false)
    expect(needsArt9Condition('none')).toBe(false)
  })

  it('treats criminal data under Art. 10 and national ids under Art. 87', () => {
    expect(specialKindInfo('criminal')?.article).toBe('Art. 10')
    expect(needsArt10Basis('criminal')).toBe(true)
    expect(needsArt10Basis('health')).toBe(false)
    expect(specialKindInfo('national_id')?.article).toBe('Art. 87')
  })

  it('has the ten Art. 9(2) conditions with their wording', () => {
    expect(SPECIAL_CONDITION_LIST.items.map((c) => c.code)).toEqual([...SPECIAL_CATEGORY_CONDITIONS])
    expect(specialConditionInfo('9_2_a').article).toBe('Art. 9(2)(a)')
    expect(specialConditionInfo('9_2_a').label).toBe('Explicit consent')
    expect(specialConditionInfo('9_2_j').text).toMatch(/Article 89\(1\)/)
  })
})
