/**
 * Notice text folded for matching (lower case, no accents, punctuation as single spaces, as the importer's
 * `fold`) while remembering where each folded character came from, so every match is evidence with the
 * character offsets of the original text.
 */
import { plainLetters } from '../letters'

export interface Folded {
  /** The folded text, padded with a space at both ends so whole-word search is `indexOf(' word ')`. */
  text: string
  /** For each character of `text`, the offset in the original it came from (padding maps to the ends). */
  at: Int32Array
}

const WORD = /[\p{L}\p{N}]/u
const ASCII_WORD = /[a-z0-9]/

/** Fold `original[from, to)`; offsets stay relative to `original`. */
export function foldRange(original: string, from = 0, to = original.length): Folded {
  const chars: string[] = [' ']
  const at: number[] = [from]
  let space = true
  for (let i = from; i < to;) {
    const cp = original.codePointAt(i) ?? 0
    const ch = String.fromCodePoint(cp)
    const width = ch.length
    // ASCII needs no Unicode decomposition (most of any notice): a tenth of the time.
    const plain = cp < 128 ? ch.toLowerCase() : plainLetters(ch)
    for (const c of plain) {
      if (c.charCodeAt(0) < 128 ? ASCII_WORD.test(c) : WORD.test(c)) {
        chars.push(c)
        at.push(i)
        space = false
      } else if (!space) {
        chars.push(' ')
        at.push(i)
        space = true
      }
    }
    i += width
  }
  if (!space) {
    chars.push(' ')
    at.push(to)
  }
  return { text: chars.join(''), at: Int32Array.from(at) }
}

/** Fold a phrase the way text is folded (without padding or offsets). */
export function foldPhrase(phrase: string): string {
  return foldRange(phrase).text.trim()
}

export interface Match<C extends string = string> {
  code: C
  /** Offsets in the original text: [start, end). */
  start: number
  end: number
}

interface Entry<C> {
  code: C
  phrase: string
  /** The last word may go on (Finnish cases, German compounds): "asiakka*" matches "asiakkaat". */
  prefix: boolean
}

export type PhraseList<C extends string> = readonly (readonly [C, readonly string[]])[]

/**
 * Finds phrases in folded text, longest first, each place used once (so "explicit consent" is not also
 * "consent"). A phrase ending in `*` matches a word that begins with it.
 */
export class PhraseMatcher<C extends string> {
  private readonly entries: Entry<C>[]

  constructor(list: PhraseList<C>) {
    this.entries = list
      .flatMap(([code, phrases]) =>
        phrases.map((p) => {
          const prefix = p.endsWith('*')
          return { code, phrase: foldPhrase(prefix ? p.slice(0, -1) : p), prefix }
        }),
      )
      .filter((e) => e.phrase !== '')
      .sort((a, b) => b.phrase.length - a.phrase.length)
  }

  /** Every match in the folded range, in text order. */
  find(folded: Folded): Match<C>[] {
    const used = new Uint8Array(folded.text.length)
    const found: Match<C>[] = []
    const text = folded.text
    for (const e of this.entries) {
      const needle = ` ${e.phrase}${e.prefix ? '' : ' '}`
      for (let from = 0; ;) {
        const hit = text.indexOf(needle, from)
        if (hit < 0) break
        from = hit + 1
        const begin = hit + 1
        let stop = begin + e.phrase.length
        if (e.prefix) while (stop < text.length && text[stop] !== ' ') stop++
        if (used.subarray(begin, stop).some((u) => u === 1)) continue
        used.fill(1, begin, stop)
        found.push({ code: e.code, start: folded.at[begin], end: endOffset(folded, stop) })
      }
    }
    return found.sort((a, b) => a.start - b.start)
  }
}

/** The original offset just after the folded character before `stop`. */
function endOffset(folded: Folded, stop: number): number {
  return stop < folded.at.length ? folded.at[stop] : folded.at[folded.at.length - 1]
}

/** Regular-expression matches on folded text, mapped back to original offsets (group 0). */
export function findPattern(
  folded: Folded,
  re: RegExp,
): { match: RegExpExecArray; start: number; end: number }[] {
  const out: { match: RegExpExecArray; start: number; end: number }[] = []
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`)
  global.lastIndex = 0
  for (let m = global.exec(folded.text); m; m = global.exec(folded.text)) {
    if (m[0] === '') {
      global.lastIndex++
      continue
    }
    const begin = m.index
    const stop = m.index + m[0].length
    out.push({ match: m, start: folded.at[begin], end: endOffset(folded, stop) })
  }
  return out
}
