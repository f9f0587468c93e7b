import { describe, expect, it } from 'vitest'
import { MECHANISMS } from '../../../shared/schemas/codes'
import {
  MECHANISM_LIST,
  mechanismArticle,
  mechanismInfo,
  mechanismsFor,
  sccModuleLabel,
} from '../../../shared/reference/mechanisms'
import { DEROGATIONS, derogationFor } from '../../../shared/reference/derogations'

const ON = '2026-11-01'
const NEVER_OFFERED = ['PRIVACY_SHIELD', 'SAFE_HARBOUR', 'SCC_LEGACY', 'NONE'] as const

describe('mechanism reference', () => {
  it('has exactly one entry per MECHANISMS code', () => {
    expect(MECHANISM_LIST.items.map((m) => m.code).sort()).toEqual([...MECHANISMS].sort())
  })

  it.each([
    ['ADEQ', 'Art. 45'],
    ['A46_2_a', 'Art. 46(2)(a)'],
    ['A46_2_c', 'Art. 46(2)(c)'],
    ['A46_3_b', 'Art. 46(3)(b)'],
    ['A49_1_a', 'Art. 49(1)(a)'],
    ['A49_1_g', 'Art. 49(1)(g)'],
    ['A49_1_2', 'Art. 49(1) second subparagraph'],
    ['PRIVACY_SHIELD', 'Decision (EU) 2016/1250'],
    ['SAFE_HARBOUR', 'Decision 2000/520/EC'],
    ['SCC_LEGACY', 'Decisions 2001/497/EC, 2004/915/EC, 2010/87/EU'],
  ] as const)('cites %s as %s', (code, article) => {
    expect(mechanismArticle(code)).toBe(article)
  })

  it('marks Privacy Shield invalid from 2020-07-16 (C-311/18)', () => {
    const ps = mechanismInfo('PRIVACY_SHIELD')
    expect(ps.valid).toBe(false)
    expect(ps.group).toBe('invalid')
    expect(ps.ended?.endedOn).toBe('2020-07-16')
    expect(ps.ended?.reason).toContain('C-311/18')
  })

  it('marks Safe Harbour invalid from 2015-10-06 (C-362/14)', () => {
    const sh = mechanismInfo('SAFE_HARBOUR')
    expect(sh.valid).toBe(false)
    expect(sh.ended?.endedOn).toBe('2015-10-06')
    expect(sh.ended?.reason).toContain('C-362/14')
  })

  it('marks the old SCCs invalid: repealed 2021-09-27, reliance ended 2022-12-27', () => {
    const old = mechanismInfo('SCC_LEGACY')
    expect(old.valid).toBe(false)
    expect(old.ended?.acts).toEqual(['Decision 2001/497/EC', 'Decision 2004/915/EC', 'Decision 2010/87/EU'])
    expect(old.ended?.endedOn).toBe('2022-12-27')
    expect(old.ended?.reason).toContain('2021-09-27')
  })

  it('groups the valid mechanisms', () => {
    expect(mechanismInfo('ADEQ').group).toBe('adequacy')
    expect(mechanismInfo('A46_2_b').group).toBe('safeguard')
    expect(mechanismInfo('A49_1_d').group).toBe('derogation')
    expect(mechanismInfo('NONE').group).toBe('none')
    expect(mechanismInfo('NONE').valid).toBe(false)
    for (const m of MECHANISM_LIST.items) {
      expect(m.valid).toBe(m.group !== 'invalid' && m.group !== 'none')
      expect(m.ended !== null).toBe(m.group === 'invalid')
    }
  })

  it('says Art. 46(3) needs authorisation and Art. 49(1) second subparagraph belongs in the record', () => {
    expect(mechanismInfo('A46_3_a').requiresAuthorisation).toBe(true)
    expect(mechanismInfo('A46_3_b').requiresAuthorisation).toBe(true)
    expect(mechanismInfo('A46_2_c').requiresAuthorisation).toBe(false)
    expect(mechanismInfo('A49_1_2').mustDocumentInRecord).toBe(true)
    expect(mechanismInfo('A49_1_2').notes.join(' ')).toContain('Art. 49(6)')
  })

  it('keeps Art. 49(1)(a)-(c) from public authorities', () => {
    for (const code of ['A49_1_a', 'A49_1_b', 'A49_1_c'] as const) {
      expect(mechanismInfo(code).notForPublicAuthorities).toBe(true)
    }
    for (const code of ['A49_1_d', 'A49_1_e', 'A49_1_f', 'A49_1_g'] as const) {
      expect(mechanismInfo(code).notForPublicAuthorities).toBe(false)
    }
  })

  it('explains the SCC modules', () => {
    expect(sccModuleLabel(1)).toBe('Module 1: controller to controller')
    expect(sccModuleLabel(2)).toBe('Module 2: controller to processor')
    expect(sccModuleLabel(3)).toBe('Module 3: processor to processor')
    expect(sccModuleLabel(4)).toBe('Module 4: processor to controller')
    expect(sccModuleLabel(5)).toBeNull()
    expect(mechanismInfo('A46_2_c').notes.join(' ')).toContain('2021/915')
  })
})

describe('derogations', () => {
  it('has Art. 49(1)(a)-(g) and the second subparagraph with their wording', () => {
    expect(DEROGATIONS.items.map((d) => d.code)).toEqual([
      'A49_1_a',
      'A49_1_b',
      'A49_1_c',
      'A49_1_d',
      'A49_1_e',
      'A49_1_f',
      'A49_1_g',
      'A49_1_2',
    ])
    for (const d of DEROGATIONS.items) expect(d.text.length).toBeGreaterThan(30)
    expect(derogationFor('A49_1_a')?.text).toMatch(/explicitly consented/)
    expect(derogationFor('A49_1_2')?.text).toMatch(/compelling legitimate interests/)
    expect(derogationFor('A46_2_c')).toBeNull()
  })
})

describe('mechanismsFor', () => {
  it('needs nothing within the EEA', () => {
    for (const code of ['FI', 'DE', 'GR', 'NO', 'IS', 'LI']) {
      const offer = mechanismsFor(code, { on: ON })
      expect(offer.needed).toBe(false)
      expect(offer.status).toBe('eea')
      expect(offer.mechanisms).toEqual([])
    }
  })

  it('never offers adequacy or an invalid mechanism for India', () => {
    const offer = mechanismsFor('IN', { on: ON })
    expect(offer.status).toBe('third_country')
    expect(offer.needed).toBe(true)
    expect(offer.mechanisms).not.toContain('ADEQ')
    for (const code of NEVER_OFFERED) expect(offer.mechanisms).not.toContain(code)
    expect(offer.mechanisms).toContain('A46_2_c')
    expect(offer.mechanisms).toContain('A49_1_a')
  })

  it('offers adequacy first for a fully adequate country', () => {
    const offer = mechanismsFor('CH', { on: ON })
    expect(offer.status).toBe('adequate')
    expect(offer.mechanisms[0]).toBe('ADEQ')
    expect(offer.caveat).toBeNull()
    expect(offer.mechanisms).toContain('A46_2_c')
  })

  it('offers adequacy for the United States with the DPF caveat, plus the other tools', () => {
    const offer = mechanismsFor('US', { on: ON })
    expect(offer.status).toBe('adequate_partial')
    expect(offer.mechanisms).toContain('ADEQ')
    expect(offer.mechanisms[0]).toBe('ADEQ')
    expect(offer.caveat).toMatch(/Data Privacy Framework/)
    expect(offer.mechanisms).toContain('A46_2_c')
    expect(offer.mechanisms).toContain('A49_1_b')
    for (const code of NEVER_OFFERED) expect(offer.mechanisms).not.toContain(code)
  })

  it('stops offering adequacy for the United Kingdom after 2031-12-27', () => {
    expect(mechanismsFor('GB', { on: '2031-12-28' }).mechanisms).not.toContain('ADEQ')
  })

  it('treats an unknown destination as a third country', () => {
    expect(mechanismsFor(null, { on: ON }).mechanisms).not.toContain('ADEQ')
  })

  it('offers adequacy to an international organisation only when it has a decision', () => {
    expect(mechanismsFor(null, { internationalOrganisation: true, on: ON }).mechanisms).not.toContain('ADEQ')
    const epo = mechanismsFor(null, { internationalOrganisation: 'European Patent Organisation', on: ON })
    expect(epo.mechanisms[0]).toBe('ADEQ')
    const other = mechanismsFor(null, { internationalOrganisation: 'UNICEF', on: ON })
    expect(other.mechanisms).not.toContain('ADEQ')
  })

  it('drops the derogations public authorities cannot use', () => {
    const offer = mechanismsFor('IN', { publicAuthority: true, on: ON })
    for (const code of ['A49_1_a', 'A49_1_b', 'A49_1_c', 'A49_1_2']) {
      expect(offer.mechanisms).not.toContain(code)
    }
    expect(offer.mechanisms).toContain('A49_1_d')
  })
})
