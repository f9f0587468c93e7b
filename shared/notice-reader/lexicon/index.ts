/** The lexicon of each of the six languages. */
import type { Language } from '../../schemas/codes'
import { da } from './da'
import { de } from './de'
import { en } from './en'
import { fi } from './fi'
import { fr } from './fr'
import { sv } from './sv'
import type { Lexicon } from './types'

export const LEXICONS: Record<Language, Lexicon> = { en, fi, sv, da, de, fr }
export type { Lexicon }
