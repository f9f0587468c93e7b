/**
 * Countries: the ISO 3166-1 alpha-2 codes and their names in the app's languages, from i18n-iso-countries,
 * and EU/EEA membership (gdpr-facts.md section 2).
 */
import countries from 'i18n-iso-countries'
import da from 'i18n-iso-countries/langs/da.json'
import de from 'i18n-iso-countries/langs/de.json'
import en from 'i18n-iso-countries/langs/en.json'
import fi from 'i18n-iso-countries/langs/fi.json'
import fr from 'i18n-iso-countries/langs/fr.json'
import sv from 'i18n-iso-countries/langs/sv.json'
import { LANGUAGES, type Language } from '../schemas/codes'
import { REFERENCE_AS_OF, type ReferenceList } from './source'
import { plainLetters } from '../letters'
import { COUNTRY_ALIASES } from './country-aliases'

/**
 * Names the package leaves in English in a language (seen in the country picker): the language's own name first,
 * the English one kept as another name, so it is still found.
 */
const OWN_NAMES: Record<string, Record<string, string>> = {
  de: { UM: 'Amerikanische Überseeinseln' },
  da: {
    BV: 'Bouvetøen',
    IO: 'Det Britiske Territorium i Det Indiske Ocean',
    NF: 'Norfolkøen',
  },
}

function withOwnNames<L extends { locale: string; countries: Record<string, string | string[]> }>(
  locale: L,
): L {
  const own = OWN_NAMES[locale.locale]
  if (!own) return locale
  const named = { ...locale.countries }
  for (const [code, name] of Object.entries(own)) named[code] = [name, ...[locale.countries[code]].flat()]
  return { ...locale, countries: named }
}

// Imported statically so bundlers include exactly these six locales (the browser build registers none).
for (const locale of [en, fi, sv, da, de, fr]) countries.registerLocale(withOwnNames(locale))

/** An ISO 3166-1 alpha-2 code, upper case. */
export type CountryCode = string

// The package's list: ISO 3166-1 plus XK (Kosovo), a user-assigned code the EU and many registers use.
export const COUNTRIES: ReferenceList<CountryCode> = {
  asOf: REFERENCE_AS_OF,
  source: 'https://www.iso.org/iso-3166-country-codes.html',
  seeAlso: ['https://www.npmjs.com/package/i18n-iso-countries'],
  items: Object.keys(countries.getAlpha2Codes()).sort(),
}

/** Greece is GR in ISO 3166-1 but EL in EU documents. */
export const EU_COUNTRY_CODES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const
export type EuCountryCode = (typeof EU_COUNTRY_CODES)[number]

export const EEA_NON_EU_COUNTRY_CODES = ['IS', 'LI', 'NO'] as const

export const EEA_COUNTRY_CODES = [...EU_COUNTRY_CODES, ...EEA_NON_EU_COUNTRY_CODES] as const
export type EeaCountryCode = (typeof EEA_COUNTRY_CODES)[number]

export const EU_MEMBERS: ReferenceList<EuCountryCode> = {
  asOf: REFERENCE_AS_OF,
  source: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
  items: EU_COUNTRY_CODES,
}

export const EEA_MEMBERS: ReferenceList<EeaCountryCode> = {
  asOf: REFERENCE_AS_OF,
  source: 'https://www.efta.int/eea',
  items: EEA_COUNTRY_CODES,
}

/** Codes that EU documents use instead of the ISO code. */
export const EU_DOCUMENT_CODES: Readonly<Record<string, CountryCode>> = { EL: 'GR' }

const countrySet = new Set(COUNTRIES.items)
const euSet = new Set<string>(EU_COUNTRY_CODES)
const eeaSet = new Set<string>(EEA_COUNTRY_CODES)

/** Whether a string is a known ISO alpha-2 code as the register format writes it (upper case). */
export function isCountryCode(code: string): code is CountryCode {
  return countrySet.has(code)
}

/** EU membership decides nothing alone for transfers (use isEea), but exports and authorities need it. */
export function isEu(code: string): code is EuCountryCode {
  return euSet.has(code)
}

/** EU plus Iceland, Liechtenstein and Norway: transfers within the EEA need no Chapter V mechanism. */
export function isEea(code: string): code is EeaCountryCode {
  return eeaSet.has(code)
}

/** The official name in a UI language; falls back to the code so an unknown imported code still shows. */
export function countryName(code: CountryCode, lang: Language): string {
  return countries.getName(code, lang) ?? code
}

/** Every name and alias of every country in the six languages (for finding countries named in running text). */
export function countryNameEntries(): [CountryCode, string[]][] {
  const byCode = new Map<CountryCode, Set<string>>()
  for (const lang of LANGUAGES) {
    for (const [code, all] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const names = byCode.get(code) ?? new Set<string>()
      for (const name of all) names.add(name)
      byCode.set(code, names)
    }
  }
  return [...byCode].map(([code, names]) => [code, [...names]])
}

/** Lower case, no diacritics, no dots or apostrophes, other punctuation as single spaces. */
function normaliseName(name: string): string {
  return plainLetters(name)
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const AMBIGUOUS = ''
let nameIndex: Map<string, string> | null = null

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>()
  const add = (name: string, code: string) => {
    const key = normaliseName(name)
    const known = index.get(key)
    if (known === undefined) index.set(key, code)
    else if (known !== code) index.set(key, AMBIGUOUS)
  }
  for (const lang of LANGUAGES) {
    const names = countries.getNames(lang, { select: 'all' })
    for (const [code, all] of Object.entries(names)) for (const name of all) add(name, code)
    for (const [code, aliases] of Object.entries(COUNTRY_ALIASES.items[lang]))
      for (const alias of aliases) add(alias, code)
  }
  return index
}

/**
 * Reads a country as people write it in spreadsheets: the alpha-2 or alpha-3 code, EL for Greece, or a name
 * or alias in any of the app's languages (the package's and ./country-aliases.ts), ignoring case and diacritics. Returns null when unknown or
 * ambiguous ("Congo"), so an importer asks instead of guessing.
 */
export function countryCodeFromName(name: string): CountryCode | null {
  const trimmed = name.trim()
  const upper = trimmed.toUpperCase()
  if (isCountryCode(upper)) return upper
  const fromAlpha3 = countries.alpha3ToAlpha2(upper)
  if (fromAlpha3 !== undefined) return fromAlpha3
  if (Object.hasOwn(EU_DOCUMENT_CODES, upper)) return EU_DOCUMENT_CODES[upper]
  nameIndex ??= buildNameIndex()
  const code = nameIndex.get(normaliseName(trimmed))
  return code === undefined || code === AMBIGUOUS ? null : code
}
