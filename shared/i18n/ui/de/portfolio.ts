import type { portfolioMessages } from '../portfolio'
import type { Translation } from '../translation'

export const portfolioDe: Translation<typeof portfolioMessages> = {
  title: 'Mandantenübersicht',
  intro:
    'Jede Organisation in diesem Arbeitsbereich mit der Vollständigkeit ihres Verzeichnisses, ihren offenen Feststellungen und überfälligen Überprüfungen.',
  empty: 'Noch keine Organisationen.',
  organisation: 'Organisation',
  activities: 'Verarbeitungstätigkeiten',
  completeness: 'Vollständigkeit',
  errors: 'Fehler',
  warnings: 'Warnungen',
  overdueReviews: 'Überfällige Überprüfungen',
  notApplicable: 'Keine laufenden Verarbeitungstätigkeiten',
  sortBy: 'Nach {{column}} sortieren',
  settings: {
    title: 'Ausnahme nach Art. 30 Abs. 5',
    intro:
      'Organisationen mit weniger Beschäftigten als hier angegeben können von der Pflicht zum Führen des Verzeichnisses befreit sein, es sei denn, ihre Verarbeitung birgt voraussichtlich ein Risiko, erfolgt nicht nur gelegentlich oder umfasst besondere Kategorien von Daten oder Daten über strafrechtliche Verurteilungen und Straftaten. Die Prüfungen weisen darauf hin. Das gilt für jede Organisation im Arbeitsbereich.',
    threshold: 'Schwellenwert Beschäftigte',
    saved: 'Schwellenwert gespeichert',
  },
}
