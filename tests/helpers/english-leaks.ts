/**
 * English left inside an export in another language: every English export label (shared/i18n/labels), every
 * fixed piece of an English finding message and the English reference values (special categories, mechanisms,
 * derogations, DPIA cases, adequacy scopes, the register's countries) that the export's own language writes
 * differently, looked for in the text a reader sees. What the user typed is blanked out first, since the test
 * register's own texts are English.
 */
import { labelsEn, labelsFor } from '../../shared/i18n/labels'
import { FINDINGS, findingsEn } from '../../shared/i18n/findings'
import * as reference from '../../shared/reference'
import { countryName } from '../../shared/reference/countries'
import type { Language } from '../../shared/schemas/codes'

/** A string's leaves with their paths, so a label can be compared with the same key of another language. */
function leaves(value: unknown, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path.join('.'), value)
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, key], out)
  return out
}

/** The fixed parts of a text with `{{param}}` placeholders: what the export prints whatever the values. */
const fixedParts = (text: string) =>
  text
    .split(/\{\{[^}]+\}\}/)
    .map((part) => part.replace(/^[\s,.:;()"'’]+|[\s,.:;()"'’]+$/g, ''))
    .filter((part) => part.length > 0)

/** Reference items' English texts (`label`, `scopeNote`), wherever the reference lists hold them. */
function referenceTexts(value: unknown, out: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out
  seen.add(value)
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'label' || key === 'scopeNote') && typeof child === 'string') out.add(child)
    else referenceTexts(child, out, seen)
  }
  return out
}

export interface EnglishNeedle {
  /** Where the English comes from: a label's path, a finding code or `reference`. */
  source: string
  text: string
}

/**
 * The English an export in `language` must not print. A label the language writes the same way ("Name" in
 * German, "Information" in French) is left out, and so is a piece shorter than two letters.
 */
export function englishNeedles(language: Exclude<Language, 'en'>, countries: string[]): EnglishNeedle[] {
  const own = leaves(labelsFor(language))
  const ownTexts = [...own.values()]
  const needles: EnglishNeedle[] = []
  for (const [path, text] of leaves(labelsEn))
    for (const part of fixedParts(text))
      if (own.get(path) !== text) needles.push({ source: path, text: part })
  const ownFindings = FINDINGS[language] as Record<string, string>
  for (const [code, text] of Object.entries(findingsEn))
    if (ownFindings[code] !== text)
      for (const part of fixedParts(text)) needles.push({ source: code, text: part })
  for (const text of referenceTexts(reference, new Set())) needles.push({ source: 'reference', text })
  for (const code of countries) {
    const english = countryName(code, 'en')
    if (english !== countryName(code, language)) needles.push({ source: `country ${code}`, text: english })
  }
  // A single word the language's own labels and findings use ("in" in German, "Page" in French) is not English
  // to this test; several words are, unless they are a proper name every language keeps.
  const ownWords = new Set(words([...ownTexts, ...Object.values(ownFindings)].join(' ')))
  return needles.filter(({ text }) => {
    const its = words(text)
    if (its.length === 0 || PROPER_NAMES.includes(text)) return false
    return its.length > 1 || !ownWords.has(its[0] ?? '')
  })
}

/** Names the GDPR's language versions and the authorities leave in English. */
const PROPER_NAMES = [
  'EU-US Privacy Shield',
  'Safe Harbour',
  'EU-US Data Privacy Framework',
  'Data Privacy Framework',
]

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** The same text as a reader sees it wrapped: runs of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The needles found in `text` (whole words, any case), after blanking what the user typed (`typed`, matched
 * exactly). A word the PDF hyphenated at a line end ("Verarbei-\ntungstätigkeit") is read whole again.
 */
export function findEnglish(text: string, needles: EnglishNeedle[], typed: string[]): EnglishNeedle[] {
  let haystack = flat(text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2'))
  for (const own of [...typed].sort((a, b) => b.length - a.length)) {
    const typedFlat = flat(own)
    if (typedFlat.length >= 3) haystack = haystack.split(typedFlat).join(' ¶ ')
  }
  return needles.filter(({ text: needle }) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(flat(needle))}(?![\\p{L}\\p{N}])`, 'iu').test(haystack),
  )
}

/** Every string a register document holds that is not a code: names, descriptions, notes the user typed. */
export function typedTexts(document: unknown, out: string[] = []): string[] {
  if (typeof document === 'string') {
    if (!/^[a-z0-9_]+$/.test(document)) out.push(document)
  } else if (document !== null && typeof document === 'object')
    for (const child of Object.values(document)) typedTexts(child, out)
  return out
}
