/**
 * Finding codes in the words people write: a phrase list per code (the app's own labels in six languages
 * plus the wording seen in real registers), matched on folded text, longest phrase first, whole words only.
 */
import { fold } from './text'

export type PhraseTable<C extends string> = [C, string[]][]

export interface PhraseIndex<C extends string> {
  /** Every code whose phrase occurs in the text, in the order they occur. */
  all(text: string): C[]
  /** The first code found, or null. */
  first(text: string): C | null
  /** The code whose phrase is the whole text, or null. */
  exact(text: string): C | null
}

/** Builds the index once; phrases are folded here, so tables may be written naturally. */
export function phraseIndex<C extends string>(table: PhraseTable<C>): PhraseIndex<C> {
  const entries = table
    .flatMap(([code, phrases]) => phrases.map((p) => ({ code, phrase: fold(p) })))
    .filter((e) => e.phrase !== '')
    .sort((a, b) => b.phrase.length - a.phrase.length)
  const exact = new Map<string, C>()
  for (const e of entries) if (!exact.has(e.phrase)) exact.set(e.phrase, e.code)
  const all = (text: string): C[] => {
    let folded = ` ${fold(text)} `
    const found: { code: C; at: number }[] = []
    for (const e of entries) {
      const at = folded.indexOf(` ${e.phrase} `)
      if (at < 0) continue
      found.push({ code: e.code, at })
      // Blank the phrase out, so "explicit consent" does not also count as "consent".
      folded = folded.slice(0, at + 1) + ' '.repeat(e.phrase.length) + folded.slice(at + 1 + e.phrase.length)
    }
    const codes: C[] = []
    for (const f of found.sort((a, b) => a.at - b.at)) if (!codes.includes(f.code)) codes.push(f.code)
    return codes
  }
  return {
    all,
    first: (text) => all(text)[0] ?? null,
    exact: (text) => exact.get(fold(text)) ?? null,
  }
}
