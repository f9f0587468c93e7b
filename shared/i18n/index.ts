/**
 * Translations for the UI, the checks and the exports, through i18next.
 * English is complete; other languages are added as `Messages` objects and listed in `resources`.
 */
import i18next, { type i18n, type TFunction } from 'i18next'
import type { Language } from '../schemas/codes'
import { en, type Messages } from './en'

export const resources: Partial<Record<Language, { translation: Messages }>> = {
  en: { translation: en },
}

export const UI_LANGUAGES = Object.keys(resources) as Language[]

/** A ready i18next instance for one language (synchronous: the resources are bundled). */
export function createI18n(lang: Language = 'en'): i18n {
  const instance = i18next.createInstance()
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

/** A translate function for one language, for code outside React (exports, checks, CLI). */
export function translator(lang: Language = 'en'): TFunction {
  return createI18n(lang).t
}

export { en }
export type { Messages }
