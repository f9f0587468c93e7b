/** Country names the picker shows are in the interface language, also where i18n-iso-countries has only English. */
import { describe, expect, it } from 'vitest'
import { countryName } from '../../shared/reference/countries'
import { searchCountries } from '../../shared/reference/country-search'

describe('country names in the language', () => {
  it('names the US Minor Outlying Islands in German and Bouvet Island in Danish', () => {
    expect(countryName('UM', 'de')).toBe('Amerikanische Überseeinseln')
    expect(countryName('BV', 'da')).toBe('Bouvetøen')
    expect(countryName('UM', 'en')).toBe('United States Minor Outlying Islands')
  })

  it('still finds them by the English name', () => {
    expect(searchCountries('Minor Outlying', 'de')).toContain('UM')
    expect(searchCountries('Überseeinseln', 'de')[0]).toBe('UM')
  })
})
