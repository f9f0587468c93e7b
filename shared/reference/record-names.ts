/**
 * The official words of the GDPR's language versions for the record and the roles (gdpr-facts.md section 5),
 * so exports use the term an authority expects.
 */
import type { Language } from '../schemas/codes'
import { GDPR_URL, REFERENCE_AS_OF } from './source'

export interface RecordNames {
  readonly record: string
  readonly controller: string
  readonly processor: string
  readonly dpo: string
}

export const RECORD_NAMES: {
  readonly asOf: string
  readonly source: string
  readonly items: Readonly<Record<Language, RecordNames>>
} = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  items: {
    en: {
      record: 'Record of processing activities',
      controller: 'controller',
      processor: 'processor',
      dpo: 'data protection officer',
    },
    fi: {
      record: 'Seloste käsittelytoimista',
      controller: 'rekisterinpitäjä',
      processor: 'käsittelijä',
      dpo: 'tietosuojavastaava',
    },
    sv: {
      record: 'Register över behandling',
      controller: 'personuppgiftsansvarig',
      processor: 'personuppgiftsbiträde',
      dpo: 'dataskyddsombud',
    },
    da: {
      record: 'Fortegnelse over behandlingsaktiviteter',
      controller: 'dataansvarlig',
      processor: 'databehandler',
      dpo: 'databeskyttelsesrådgiver',
    },
    de: {
      record: 'Verzeichnis von Verarbeitungstätigkeiten',
      controller: 'Verantwortlicher',
      processor: 'Auftragsverarbeiter',
      dpo: 'Datenschutzbeauftragter',
    },
    fr: {
      record: 'Registre des activités de traitement',
      controller: 'responsable du traitement',
      processor: 'sous-traitant',
      dpo: 'délégué à la protection des données',
    },
  },
}

/** The official terms in a language, for export titles and headings. */
export function recordNames(lang: Language): RecordNames {
  return RECORD_NAMES.items[lang]
}
