import { describe, expect, it } from 'vitest'
import { COUNTRY_ALIASES } from '../../../shared/reference/country-aliases'
import { searchCountries } from '../../../shared/reference/country-search'
import {
  COUNTRIES,
  countryCodeFromName,
  countryName,
  isCountryCode,
} from '../../../shared/reference/countries'
import { LANGUAGES } from '../../../shared/schemas/codes'

const first = (typed: string, lang: (typeof LANGUAGES)[number]) => searchCountries(typed, lang)[0]

describe('country search ranks what a user means first', () => {
  it('finds the USA first for "United States", "US", "USA" and "usa", not the Minor Outlying Islands', () => {
    expect(searchCountries('United States', 'en').slice(0, 2)).toEqual(['US', 'UM'])
    for (const typed of ['US', 'us', 'USA', 'usa', 'U.S.A.']) expect(first(typed, 'en'), typed).toBe('US')
  })

  it('puts an exact ISO code first in every language (alpha-2, alpha-3, EL for Greece)', () => {
    for (const lang of LANGUAGES) {
      expect(first('US', lang), lang).toBe('US')
      expect(first('de', lang), lang).toBe('DE')
      expect(first('CHE', lang), lang).toBe('CH')
      expect(first('EL', lang), lang).toBe('GR')
    }
  })

  it('finds every country first by its own name in every language', () => {
    for (const lang of LANGUAGES)
      for (const code of COUNTRIES.items)
        expect(first(countryName(code, lang), lang), `${lang} ${code}`).toBe(code)
  })

  it('takes everyday aliases in every language', () => {
    const cases: [string, (typeof LANGUAGES)[number], string][] = [
      ['Holland', 'en', 'NL'],
      ['UK', 'en', 'GB'],
      ['England', 'en', 'GB'],
      ['Turkey', 'en', 'TR'],
      ['Hollanti', 'fi', 'NL'],
      ['Englanti', 'fi', 'GB'],
      ['Amerikka', 'fi', 'US'],
      ['Iso-Britannia', 'fi', 'GB'],
      ['Holland', 'sv', 'NL'],
      ['England', 'sv', 'GB'],
      ['Amerika', 'sv', 'US'],
      ['Holland', 'da', 'NL'],
      ['England', 'da', 'GB'],
      ['Amerika', 'da', 'US'],
      ['Holland', 'de', 'NL'],
      ['England', 'de', 'GB'],
      ['USA', 'de', 'US'],
      ['VAE', 'de', 'AE'],
      ['Hollande', 'fr', 'NL'],
      ['Angleterre', 'fr', 'GB'],
      ['USA', 'fr', 'US'],
      ['UK', 'fr', 'GB'],
    ]
    for (const [typed, lang, code] of cases) expect(first(typed, lang), `${typed} (${lang})`).toBe(code)
  })

  it('every alias is for a real country and finds it first', () => {
    for (const lang of LANGUAGES) {
      for (const [code, aliases] of Object.entries(COUNTRY_ALIASES.items[lang])) {
        expect(isCountryCode(code), code).toBe(true)
        for (const alias of aliases) expect(first(alias, lang), `${alias} (${lang})`).toBe(code)
      }
    }
  })

  it('ranks names that start with the text before names that contain it, ignoring case and accents', () => {
    const found = searchCountries('swe', 'en')
    expect(found[0]).toBe('SE')
    expect(searchCountries('grece', 'fr')[0]).toBe('GR')
    expect(searchCountries('cote d', 'en')[0]).toBe('CI')
    expect(searchCountries('land', 'en').indexOf('FI')).toBeGreaterThan(-1)
  })

  it('finds a country by another language’s name too, after the picker language’s matches', () => {
    expect(first('Deutschland', 'en')).toBe('DE')
    expect(first('Saksa', 'sv')).toBe('DE')
  })

  it('lists everything by name when nothing is typed, and can be limited to some codes', () => {
    expect(searchCountries('', 'fi')).toHaveLength(COUNTRIES.items.length)
    expect(searchCountries('', 'en').slice(0, 2)).toEqual(['AF', 'AX'])
    expect(searchCountries('a', 'en', new Set(['AT', 'US']))).toEqual(['AT', 'US'])
  })

  it('the importer reads the aliases as well', () => {
    expect(countryCodeFromName('Hollanti')).toBe('NL')
    expect(countryCodeFromName('Angleterre')).toBe('GB')
  })
})
