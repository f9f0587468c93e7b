/**
 * Translations for the UI, the checks and the exports, through i18next.
 * The UI is in English for now (other UI languages fall back to it); the labels of codes and headings
 * exist in all six languages, so exports and checks can speak the authority's language.
 */
import i18next, { type i18n, type TFunction } from 'i18next'
import { LANGUAGES, type Language } from '../schemas/codes'
import { en, type Messages } from './en'
import { LABELS } from './labels'

export const resources: Record<Language, { translation: Partial<Messages> }> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { translation: lang === 'en' ? en : { labels: LABELS[lang] } }]),
) as Record<Language, { translation: Partial<Messages> }>

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

/** A translate function over plain string keys, for keys built at run time (finding codes, code labels). */
export function plainTranslator(lang: Language = 'en'): (key: string, params?: Record<string, unknown>) => string {
  const t = createI18n(lang).t as unknown as (key: string, params?: Record<string, unknown>) => string
  return (key, params) => t(key, params)
}
