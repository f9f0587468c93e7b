/** Telling a notice's language from its most frequent small words, when the user does not say. */
import { LANGUAGES, type Language } from '../schemas/codes'
import { foldRange } from './folded'
import { LEXICONS } from './lexicon'

export function detectLanguage(text: string): Language {
  const words = foldRange(text, 0, Math.min(text.length, 20_000)).text.split(' ')
  const counts = new Map<string, number>()
  for (const w of words) if (w) counts.set(w, (counts.get(w) ?? 0) + 1)
  let best: Language = 'en'
  let bestScore = -1
  for (const lang of LANGUAGES) {
    const stop = new Set(LEXICONS[lang].stopwords.map((w) => foldRange(w).text.trim()))
    let score = 0
    for (const w of stop) score += counts.get(w) ?? 0
    if (score > bestScore) {
      best = lang
      bestScore = score
    }
  }
  return best
}
