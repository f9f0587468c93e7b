import { describe, expect, it } from 'vitest'
import {
  CONTACTS_AS_OF,
  CONTACTS_SOURCES,
  SUPERVISORY_AUTHORITIES,
  authorityFor,
  authorityNameIn,
} from '../../../shared/reference/authorities'
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

  it('gives every authority the contact a privacy notice names for a complaint, dated and sourced', () => {
    expect(CONTACTS_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(CONTACTS_SOURCES.length).toBeGreaterThan(0)
    for (const authority of SUPERVISORY_AUTHORITIES.items) {
      const { contact } = authority
      expect(contact.website, authority.countryCode).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}$/)
      expect(contact.address.length, authority.countryCode).toBeGreaterThan(8)
      if (contact.complaintPage !== null)
        expect(contact.complaintPage.startsWith(contact.website), authority.countryCode).toBe(true)
      expect(['V', 'S', 'C']).toContain(contact.confidence)
    }
    expect(authorityFor('FI')?.contact.address).toBe('PL 800, 00531 Helsinki')
    expect(authorityFor('SE')?.contact.address).toBe('Box 8114, 104 20 Stockholm')
  })

  it('names a bilingual authority in the language of the notice', () => {
    const fi = authorityFor('FI')!
    expect(authorityNameIn(fi, 'fi')).toBe('Tietosuojavaltuutetun toimisto')
    expect(authorityNameIn(fi, 'sv')).toBe('Dataombudsmannens byrå')
    expect(authorityNameIn(fi, 'en')).toBe('Tietosuojavaltuutetun toimisto / Dataombudsmannens byrå')
    expect(authorityNameIn(authorityFor('FR')!, 'de')).toBe(
      "Commission nationale de l'informatique et des libertés",
    )
  })
})
