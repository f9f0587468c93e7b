/**
 * Finding a country as a user types it into a picker: exact codes and names first, then names that start with
 * what was typed, then names containing it, in the picker's language first and any other language after, with
 * everyday aliases (./country-aliases.ts). "United States" finds the USA before the US Minor Outlying Islands,
 * "US" and "USA" find it first, "Holland" finds the Netherlands, in every language.
 */
import countries from 'i18n-iso-countries'
import { LANGUAGES, type Language } from '../schemas/codes'
import { plainLetters } from '../letters'
import { COUNTRY_ALIASES } from './country-aliases'
import { COUNTRIES, EU_DOCUMENT_CODES, countryName, type CountryCode } from './countries'

/** Lower case, no accents, punctuation as single spaces: "Côte d’Ivoire" and "cote divoire" meet. */
export function searchKey(text: string): string {
  return plainLetters(text)
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

interface Entry {
  code: CountryCode
  codes: string[]
  /** Names and aliases in the picker's language, as search keys. */
  own: string[]
  /** Names and aliases in the other languages. */
  others: string[]
  /** Displayed name, for ordering equal matches. */
  label: string
}

const indexes = new Map<Language, Entry[]>()

function namesIn(lang: Language, code: CountryCode): string[] {
  const official = countries.getName(code, lang, { select: 'all' }) ?? []
  return [...official, ...(COUNTRY_ALIASES.items[lang][code] ?? [])].map(searchKey)
}

function indexFor(lang: Language): Entry[] {
  let index = indexes.get(lang)
  if (index) return index
  const documentCodes = new Map(Object.entries(EU_DOCUMENT_CODES).map(([doc, iso]) => [iso, doc]))
  index = COUNTRIES.items.map((code) => ({
    code,
    codes: [code, countries.alpha2ToAlpha3(code) ?? '', documentCodes.get(code) ?? '']
      .filter(Boolean)
      .map((c) => c.toLowerCase()),
    own: [...new Set(namesIn(lang, code))],
    others: [
      ...new Set(LANGUAGES.filter((other) => other !== lang).flatMap((other) => namesIn(other, code))),
    ],
    label: countryName(code, lang),
  }))
  indexes.set(lang, index)
  return index
}

/** How well an entry matches (lower is better), or null when it does not. */
function rank(entry: Entry, query: string): number | null {
  if (entry.codes.includes(query)) return 0
  if (entry.own.includes(query)) return 1
  if (entry.others.includes(query)) return 2
  if (entry.own.some((name) => name.startsWith(query))) return 3
  if (entry.own.some((name) => name.split(' ').some((word) => word.startsWith(query)))) return 4
  if (entry.others.some((name) => name.startsWith(query))) return 5
  if (entry.own.some((name) => name.includes(query))) return 6
  if (entry.others.some((name) => name.includes(query))) return 7
  return null
}

/**
 * The countries matching what was typed, best first, among `codes` (all countries unless given); all of them
 * by name when nothing is typed.
 */
export function searchCountries(
  typed: string,
  lang: Language,
  codes?: ReadonlySet<CountryCode>,
): CountryCode[] {
  const collator = new Intl.Collator(lang)
  const entries = indexFor(lang).filter((e) => !codes || codes.has(e.code))
  const query = searchKey(typed)
  if (!query) return [...entries].sort((a, b) => collator.compare(a.label, b.label)).map((e) => e.code)
  const found: { entry: Entry; rank: number }[] = []
  for (const entry of entries) {
    const r = rank(entry, query)
    if (r !== null) found.push({ entry, rank: r })
  }
  return found
    .sort((a, b) => a.rank - b.rank || collator.compare(a.entry.label, b.entry.label))
    .map((f) => f.entry.code)
}
