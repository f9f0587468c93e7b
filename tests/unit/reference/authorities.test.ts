import { describe, expect, it } from 'vitest'
import { SUPERVISORY_AUTHORITIES, authorityFor } from '../../../shared/reference/authorities'
import { EEA_COUNTRY_CODES } from '../../../shared/reference/countries'

describe('supervisory authorities', () => {
  it('has an authority for every EU/EEA country', () => {
    for (const code of EEA_COUNTRY_CODES) {
      const authority = authorityFor(code)
      expect(authority, code).not.toBeNull()
      expect(authority?.name.length).toBeGreaterThan(0)
      expect(authority?.languages.length).toBeGreaterThan(0)
    }
    expect(SUPERVISORY_AUTHORITIES.items).toHaveLength(30)
  })

  it('names the authorities a Nordic user knows', () => {
    expect(authorityFor('FI')?.languages).toEqual(['fi', 'sv'])
    expect(authorityFor('SE')?.abbreviation).toBe('IMY')
    expect(authorityFor('DK')?.name).toBe('Datatilsynet')
    expect(authorityFor('NO')?.name).toBe('Datatilsynet')
    expect(authorityFor('FR')?.abbreviation).toBe('CNIL')
    expect(authorityFor('GR')?.abbreviation).toBe('HDPA')
  })

  it('has none outside the EU/EEA and keeps the confidence tag', () => {
    expect(authorityFor('CH')).toBeNull()
    expect(authorityFor('GB')).toBeNull()
    for (const a of SUPERVISORY_AUTHORITIES.items) expect(a.confidence).toBe('C')
  })
})
