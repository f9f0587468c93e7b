import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../shared/schemas/codes'
import {
  COUNTRIES,
  EEA_COUNTRY_CODES,
  EU_COUNTRY_CODES,
  countryCodeFromName,
  countryName,
  isCountryCode,
  isEea,
  isEu,
} from '../../../shared/reference/countries'

describe('country codes', () => {
  it('lists the ISO alpha-2 codes from i18n-iso-countries, upper case and unique', () => {
    expect(COUNTRIES.items.length).toBeGreaterThanOrEqual(249)
    expect(new Set(COUNTRIES.items).size).toBe(COUNTRIES.items.length)
    for (const code of COUNTRIES.items) expect(code).toMatch(/^[A-Z]{2}$/)
    for (const code of ['FI', 'SE', 'US', 'GB', 'CH', 'IN', 'GR']) expect(isCountryCode(code)).toBe(true)
  })

  it('refuses what is not an alpha-2 code as the format writes it', () => {
    for (const code of ['EL', 'UK', 'fi', 'FIN', '', 'XX']) expect(isCountryCode(code)).toBe(false)
  })
})

describe('EU and EEA membership', () => {
  it('has 27 EU members and 30 EEA members, all valid codes', () => {
    expect(EU_COUNTRY_CODES).toHaveLength(27)
    expect(EEA_COUNTRY_CODES).toHaveLength(30)
    for (const code of EEA_COUNTRY_CODES) expect(isCountryCode(code)).toBe(true)
  })

  it('counts Greece (GR, EL in EU documents) as EU', () => {
    expect(isEu('GR')).toBe(true)
    expect(isEea('GR')).toBe(true)
    expect(isEu('EL')).toBe(false)
  })

  it('counts Norway, Iceland and Liechtenstein as EEA but not EU', () => {
    for (const code of ['NO', 'IS', 'LI']) {
      expect(isEea(code)).toBe(true)
      expect(isEu(code)).toBe(false)
    }
  })

  it('does not count Switzerland or the United Kingdom as EEA', () => {
    expect(isEea('CH')).toBe(false)
    expect(isEea('GB')).toBe(false)
    expect(isEu('GB')).toBe(false)
  })
})

describe('countryName', () => {
  it('names Germany in every app language', () => {
    expect(countryName('DE', 'en')).toBe('Germany')
    expect(countryName('DE', 'fi')).toBe('Saksa')
    expect(countryName('DE', 'sv')).toBe('Tyskland')
    expect(countryName('DE', 'da')).toBe('Tyskland')
    expect(countryName('DE', 'de')).toBe('Deutschland')
    expect(countryName('DE', 'fr')).toBe('Allemagne')
  })

  it('has a name for every code in every app language', () => {
    for (const lang of LANGUAGES) {
      for (const code of COUNTRIES.items) expect(countryName(code, lang)).not.toBe(code)
    }
  })

  it('falls back to the code for an unknown one', () => {
    expect(countryName('XX', 'en')).toBe('XX')
  })
})

describe('countryCodeFromName', () => {
  it.each([
    ['Yhdysvallat', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States of America', 'US'],
    ['united states', 'US'],
    ['Vereinigte Staaten', 'US'],
    ["États-Unis d'Amérique", 'US'],
    ['UK', 'GB'],
    ['Royaume-Uni', 'GB'],
    ['royaume uni', 'GB'],
    ['Storbritannien', 'GB'],
    ['Großbritannien', 'GB'],
    ['Grossbritannien', 'GB'],
    ['Tyskland', 'DE'],
    ['Saksa', 'DE'],
    ['Kreikka', 'GR'],
    ['EL', 'GR'],
    ['Faeroerne', 'FO'],
    ['Færøerne', 'FO'],
    ['Färöer', 'FO'],
    ['Sveitsi', 'CH'],
    ['Suisse', 'CH'],
    ['  Sverige ', 'SE'],
    ['SWE', 'SE'],
    ['se', 'SE'],
    ['Korean tasavalta', 'KR'],
    ['South Korea', 'KR'],
    ['Côte d’Ivoire', 'CI'],
    ['cote divoire', 'CI'],
  ])('reads %s as %s', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code)
  })

  it('returns null for unknown or ambiguous names', () => {
    expect(countryCodeFromName('Atlantis')).toBeNull()
    expect(countryCodeFromName('')).toBeNull()
    expect(countryCodeFromName('Congo')).toBeNull()
  })

  it('reads back every name it gives', () => {
    for (const lang of LANGUAGES) {
      for (const code of COUNTRIES.items) {
        const read = countryCodeFromName(countryName(code, lang))
        if (read !== null) expect(read).toBe(code)
      }
    }
  })
})
