import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'

/**
 * The interface language, re-rendering the component when it changes: pass it to backend reads whose answer
 * is worded (findings, history), so their cache key and their words follow the language.
 */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en'
}
