import type { componentsMessages } from '../components'
import type { Translation } from '../translation'

export const componentsDe: Translation<typeof componentsMessages> = {
  findingCount: {
    error_one: '{{count}} Fehler',
    error_other: '{{count}} Fehler',
    warning_one: '{{count}} Warnung',
    warning_other: '{{count}} Warnungen',
    info_one: '{{count}} Hinweis',
    info_other: '{{count}} Hinweise',
  },
  completeness: {
    complete: 'Vollständig',
    incomplete: 'Unvollständig',
    notApplicable: 'Nicht anwendbar',
  },
  country: {
    placeholder: 'Land eingeben und suchen',
    nothingFound: 'Kein Land dieses Namens',
  },
  catalogueSelect: {
    nothingFound: 'Nichts gefunden',
  },
  dateField: {
    placeholder: 'JJJJ-MM-TT',
    notADate: '„{{text}}“ ist kein Datum. Schreiben Sie es als 31.3.2026 oder 2026-03-31.',
    noSuchDay: 'Den {{text}} gibt es nicht: Dieser Monat hat {{days}} Tage.',
  },
  transferStatus: {
    short: {
      eea: 'EU/EWR',
      adequate: 'Angemessen',
      adequate_partial: 'Angemessen (teilweise)',
      third_country: 'Drittland',
    },
    title: {
      eea: '{{name}} liegt in der EU/im EWR – keine Übermittlungsgrundlage nötig',
      adequate: '{{name}}: Angemessenheitsbeschluss in Kraft',
      adequate_partial: '{{name}}: Angemessenheitsbeschluss nur für bestimmte Empfänger',
      third_country: '{{name}} ist ein Drittland – Garantien erforderlich',
    },
    body: {
      eea: 'Daten dürfen innerhalb der EU/des EWR ohne Grundlage nach Kapitel V übermittelt werden.',
      adequate:
        'Die Kommission hat beschlossen, dass {{name}} ein angemessenes Schutzniveau bietet: {{decision}} (Art. 45). Weitere Garantien sind nicht nötig.',
      adequate_partial:
        '{{decision}} gilt nur für bestimmte Empfänger: {{scope}} Fällt der Empfänger nicht darunter, wählen Sie eine Garantie wie die Standardvertragsklauseln.',
      third_country:
        'Für {{name}} gibt es keinen Angemessenheitsbeschluss. Die Übermittlung braucht geeignete Garantien (Art. 46), etwa Standardvertragsklauseln oder verbindliche interne Datenschutzvorschriften, oder bei gelegentlichen Übermittlungen eine Ausnahme (Art. 49).',
    },
  },
}
