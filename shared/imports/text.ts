/** Text helpers of the importer: folding headings and values for comparison, splitting list cells. */
import { plainLetters } from '../letters'

/**
 * Lower case, no diacritics, no article citations in brackets, punctuation as single spaces: "Catégories de
 * personnes concernées (Art. 30(1)(c))" and "categories de personnes concernees" fold to the same key.
 */
export function fold(text: string): string {
  return plainLetters(text)
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A heading without the article citation the app's exports add: "Purposes of the processing (Art. 30(1)(b))". */
export function stripCitation(heading: string): string {
  return heading.replace(/\s*\((?:[^()]*\([^()]*\))*[^()]*\)\s*$/u, '').trim() || heading.trim()
}

const BULLET = /^\s*(?:[•·▪◦●○■□‣⁃*–—-]|\d{1,2}[.)])\s+/u

/**
 * The entries of a list cell: split on ";", line breaks and bullets, trimmed, empty ones dropped. Commas are
 * kept, because names ("Name, address and email") contain them.
 */
export function splitList(text: string | null): string[] {
  if (text === null) return []
  return text
    .split(/[;\n\r]+|\s+[•·▪●]\s+/u)
    .map((s) => s.replace(BULLET, '').trim())
    .filter((s) => s !== '')
}

/** Column 1 → "A", 27 → "AA", as spreadsheets name them. */
export function columnLetter(index: number): string {
  let n = index
  let name = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    name = String.fromCharCode(65 + rem) + name
    n = Math.floor((n - 1) / 26)
  }
  return name
}

/** Words of a folded text, for overlap scores. */
export function words(folded: string): string[] {
  return folded.split(' ').filter((w) => w.length > 1)
}
