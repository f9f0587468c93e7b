/**
 * Hyphenation of words too long for their column, with the TeX patterns of the export's language (the `hyphen`
 * package, Liang's algorithm): "Verarbeitungs-tätigkeit" rather than "Verarbeitungstäti/gkeit". The hyphenator
 * marks each break with a soft hyphen (U+00AD), where pdfkit's line breaker may break and prints a hyphen.
 */
import { createRequire } from 'node:module'
import type { Language } from '../../../../shared/schemas/codes'

const require = createRequire(import.meta.url)

export const SOFT_HYPHEN = '\u00AD'

type Hyphenator = (text: string, options?: { minWordLength?: number }) => string

/** The patterns of each language: German of the 1996 reform, British English as the app writes it. */
const PATTERNS: Record<Language, string> = {
  en: 'hyphen/en-gb',
  fi: 'hyphen/fi',
  sv: 'hyphen/sv',
  da: 'hyphen/da',
  de: 'hyphen/de-1996',
  fr: 'hyphen/fr',
}

const loaded = new Map<Language, Hyphenator>()

/** `word` with a soft hyphen at every place the language's patterns allow a break. */
export function hyphenateWord(word: string, language: Language): string {
  let hyphenate = loaded.get(language)
  if (hyphenate === undefined) {
    // Loaded on first use: each language's patterns are some hundred kilobytes.
    hyphenate = (require(PATTERNS[language]) as { hyphenateSync: Hyphenator }).hyphenateSync
    loaded.set(language, hyphenate)
  }
  return hyphenate(word, { minWordLength: 5 })
}
