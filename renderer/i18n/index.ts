/**
 * The UI's i18next instance (given to React by <I18nextProvider>) and the interface language: the one the
 * user chose in the header, kept in this browser profile, or else the system's first language the app
 * speaks, or else English. The same resources serve exports and checks, in the language they are asked for.
 */
import { createI18n } from '../../shared/i18n'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'

const STORAGE_KEY = 'ropa.uiLanguage'

/** The browser's objects, typed loosely: unit tests load this module in Node, where they are absent. */
const browser = globalThis as {
  navigator?: { languages?: readonly string[] }
  localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void }
  document?: { documentElement: { lang: string } }
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The first of the system's preferred languages the app has (navigator.languages: "fi-FI", "sv", …). */
export function systemLanguage(preferred: readonly string[] = browser.navigator?.languages ?? []): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    if (isLanguage(base)) return base
    // Readers of Norwegian Bokmål read Danish more easily than English.
    if (base === 'nb' || base === 'no') return 'da'
  }
  return 'en'
}

function storedLanguage(): Language | null {
  try {
    const stored = browser.localStorage?.getItem(STORAGE_KEY)
    return isLanguage(stored) ? stored : null
  } catch {
    return null
  }
}

export const i18n = createI18n(storedLanguage() ?? systemLanguage())
if (browser.document) browser.document.documentElement.lang = i18n.language

/** The language the interface speaks now. */
export function uiLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en'
}

/** Switch the interface to another language and remember the choice for the next start. */
export async function setUiLanguage(lang: Language): Promise<void> {
  try {
    browser.localStorage?.setItem(STORAGE_KEY, lang)
  } catch {
    // A profile without storage still switches; the choice is then only for this session.
  }
  await i18n.changeLanguage(lang)
  if (browser.document) browser.document.documentElement.lang = lang
}
