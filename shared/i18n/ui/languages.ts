/**
 * The interface's texts in each of the six languages, keyed by language code. English is in ../en.ts (the
 * feature files beside this one); each other language in its folder, typed against English.
 */
import type { Language } from '../../schemas/codes'
import { uiEn, type UiMessages } from '../en'
import { uiDa } from './da'
import { uiDe } from './de'
import { uiFi } from './fi'
import { uiFr } from './fr'
import { uiSv } from './sv'

export const UI: Readonly<Record<Language, UiMessages>> = {
  en: uiEn,
  fi: uiFi,
  sv: uiSv,
  da: uiDa,
  de: uiDe,
  fr: uiFr,
}
