/**
 * The export labels in every language of the app, keyed by language code. i18next can load each as a
 * namespace (`{ labels: LABELS[lang] }`); exports can also use `labelsFor(lang)` directly.
 */
import type { Language } from '../../schemas/codes'
import { labelsDa } from './da'
import { labelsDe } from './de'
import { labelsEn, type FindingSeverity, type Labels, type PartialAdequacy, type SccModule } from './en'
import { labelsFi } from './fi'
import { labelsFr } from './fr'
import { labelsSv } from './sv'

export const LABELS: Readonly<Record<Language, Labels>> = {
  en: labelsEn,
  fi: labelsFi,
  sv: labelsSv,
  da: labelsDa,
  de: labelsDe,
  fr: labelsFr,
}

/** Each language named in itself, for language pickers and an export's cover. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fi: 'Suomi',
  sv: 'Svenska',
  da: 'Dansk',
  de: 'Deutsch',
  fr: 'Français',
}

/** The labels of one language, so exports write every heading and code in the language the user chose. */
export function labelsFor(lang: Language): Labels {
  return LABELS[lang]
}

export { labelsEn, labelsFi, labelsSv, labelsDa, labelsDe, labelsFr }
export type { FindingSeverity, Labels, PartialAdequacy, SccModule }
export * from './cite'
export * from './fill'
