import type { cataloguesMessages } from '../catalogues'
import type { Translation } from '../translation'

export const cataloguesDe: Translation<typeof cataloguesMessages> = {
  title: 'Kataloge',
  name: 'Name',
  usedBy: 'Verwendet in',
  unused: 'Nicht verwendet',
  search: 'Suchen',
  noMatch: 'Kein Eintrag entspricht der Suche.',
  chooseKind: 'Art wählen',
  editNamed: '{{name}} bearbeiten',
  deleteNamed: '{{name}} löschen',
  created: '„{{name}}“ angelegt',
  saved: '„{{name}}“ gespeichert',
  parties: {
    title: 'Beteiligte',
    new: 'Neuer Beteiligter',
    edit: 'Beteiligten bearbeiten',
    createNew: 'Neuen Beteiligten anlegen…',
    createNamed: 'Beteiligten „{{name}}“ anlegen…',
    intro:
      'Auftragsverarbeiter, gemeinsam Verantwortliche, Empfänger, Behörden und die Verantwortlichen, für die Sie als Auftragsverarbeiter tätig sind. Ihr Land entscheidet, ob eine Übermittlung Garantien braucht.',
    empty:
      'Noch keine Beteiligten. Fügen Sie die Dienstleister und anderen Organisationen hinzu, mit denen Ihre Verarbeitungstätigkeiten zu tun haben.',
    dpfHelp:
      'Prüfen Sie die Liste des Data Privacy Framework: Der Angemessenheitsbeschluss für die USA gilt nur für zertifizierte Organisationen.',
    dpfShort: 'DPF-zertifiziert',
    dpaHelp: 'Der Vertrag nach Art. 28 Abs. 3, z. B. sein Titel oder seine Nummer',
    dpaColumn: 'Auftragsverarbeitungsvertrag',
    transfersTitle: 'Übermittlungen außerhalb der EU/des EWR',
    transfersHelp:
      'Worauf der Vertrag mit diesem Beteiligten beruht, wenn personenbezogene Daten die EU/den EWR verlassen (auch bei einem europäischen Unternehmen mit US-Mutter). Übermittlungen an diesen Beteiligten ohne Modul oder Beurteilung werden nach diesen Angaben beurteilt.',
    chooseMechanism: 'Keine Übermittlung oder nicht bekannt',
    chooseModule: 'Modul wählen',
    tiaHelp: 'Recht und Praxis des Ziellands wurden für Übermittlungen an diesen Beteiligten beurteilt.',
    dpfCheckedHelp:
      'Der Tag, an dem Sie den Beteiligten zuletzt in der Liste des Data Privacy Framework nachgeschlagen haben.',
    fromLibrary: 'Aus der Anbieterbibliothek: {{name}} (Angaben mit Stand {{asOf}})',
    fromLibraryUnknown: 'Aus einem Eintrag der Anbieterbibliothek, den es nicht mehr gibt ({{id}})',
  },
  dataSubjectCategories: {
    title: 'Betroffene Personen',
    new: 'Neue Kategorie betroffener Personen',
    edit: 'Kategorie betroffener Personen bearbeiten',
    createNew: 'Neue Kategorie betroffener Personen anlegen…',
    createNamed: '„{{name}}“ anlegen…',
    intro:
      'Wessen personenbezogene Daten die Verarbeitungstätigkeiten verarbeiten, z. B. Beschäftigte, Kunden, Besucher der Website.',
    empty: 'Noch keine Kategorien betroffener Personen.',
    namePlaceholder: 'z. B. Beschäftigte',
    vulnerable: 'Schutzbedürftige betroffene Personen',
    vulnerableHelp:
      'Z. B. Kinder, Beschäftigte, Patienten: Personen, die sich weniger gut widersetzen können (ein Kriterium der Schwellwertanalyse für die DSFA).',
    vulnerableShort: 'Schutzbedürftig',
  },
  dataCategories: {
    title: 'Datenkategorien',
    new: 'Neue Kategorie personenbezogener Daten',
    edit: 'Kategorie personenbezogener Daten bearbeiten',
    createNew: 'Neue Kategorie personenbezogener Daten anlegen…',
    createNamed: '„{{name}}“ anlegen…',
    intro:
      'Die Arten personenbezogener Daten, die verarbeitet werden. Kennzeichnen Sie besondere Kategorien (Art. 9), Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10) und nationale Kennziffern: Sie brauchen mehr als eine Rechtsgrundlage nach Art. 6.',
    empty: 'Noch keine Kategorien personenbezogener Daten.',
    namePlaceholder: 'z. B. Kontaktdaten',
    specialHelp:
      'Besondere Kategorien brauchen eine Ausnahme nach Art. 9 Abs. 2, Daten über Straftaten eine Grundlage nach Art. 10.',
    retentionPlaceholder: 'z. B. 6 Jahre nach Ende des Beschäftigungsverhältnisses',
    retentionHelp:
      'Verarbeitungstätigkeiten ohne eigene Löschfrist für diese Kategorie übernehmen diese; jede Tätigkeit kann eine eigene festlegen.',
  },
  securityMeasures: {
    title: 'Technische und organisatorische Maßnahmen',
    new: 'Neue Maßnahme',
    edit: 'Maßnahme bearbeiten',
    createNew: 'Neue Maßnahme anlegen…',
    createNamed: 'Maßnahme „{{name}}“ anlegen…',
    intro:
      'Die technischen und organisatorischen Maßnahmen zum Schutz der Daten (Art. 32), einmal beschrieben und in jeder Verarbeitungstätigkeit verwendet, die sie schützen.',
    empty: 'Noch keine Maßnahmen.',
    namePlaceholder: 'z. B. Verschlüsselung gespeicherter Daten',
  },
  delete: {
    title: '„{{name}}“ löschen?',
    unused:
      'Keine Verarbeitungstätigkeit verwendet diesen Eintrag. Er wird aus dem Katalog entfernt und kommt in den Papierkorb der Organisation, aus dem er wiederhergestellt werden kann.',
    inUseTitle_one: '„{{name}}“ wird in 1 Verarbeitungstätigkeit verwendet',
    inUseTitle_other: '„{{name}}“ wird in {{count}} Verarbeitungstätigkeiten verwendet',
    inUseBody_one:
      'Er kann nicht gelöscht werden, solange diese Verarbeitungstätigkeit ihn verwendet. Entfernen Sie ihn dort oder ersetzen Sie ihn durch einen anderen Eintrag und löschen Sie ihn dann:',
    inUseBody_other:
      'Er kann nicht gelöscht werden, solange diese {{count}} Verarbeitungstätigkeiten ihn verwenden. Entfernen Sie ihn dort oder ersetzen Sie ihn in allen durch einen anderen Eintrag und löschen Sie ihn dann:',
    more: 'und {{count}} weitere',
    replaceWith: 'Ersetzen durch',
    replaceWithHelp:
      'Jede oben genannte Verarbeitungstätigkeit verwendet dann diesen Eintrag statt „{{name}}“.',
    replacePlaceholder: 'Eintrag wählen',
    noOther: 'Kein anderer Eintrag in diesem Katalog',
    replaceAndDelete: 'Ersetzen und löschen',
    done: '„{{name}}“ gelöscht',
    replaced_one: '„{{name}}“ in 1 Verarbeitungstätigkeit ersetzt und gelöscht',
    replaced_other: '„{{name}}“ in {{count}} Verarbeitungstätigkeiten ersetzt und gelöscht',
  },
}
