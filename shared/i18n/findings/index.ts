/**
 * The finding messages in every language of the app, keyed by language code, so checks and exports write
 * findings in the language the export is made in. i18next loads each under `findings` (see ../index.ts).
 */
import type { Language } from '../../schemas/codes'
import { findingsDa } from './da'
import { findingsDe } from './de'
import { findingsEn, type FindingMessages } from './en'
import { findingsFi } from './fi'
import { findingsFr } from './fr'
import { findingsSv } from './sv'

export const FINDINGS: Readonly<Record<Language, FindingMessages>> = {
  en: findingsEn,
  fi: findingsFi,
  sv: findingsSv,
  da: findingsDa,
  de: findingsDe,
  fr: findingsFr,
}

export { findingsEn, findingsFi, findingsSv, findingsDa, findingsDe, findingsFr }
export type { FindingMessages }
