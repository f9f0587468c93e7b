import type { organisationsMessages } from '../organisations'
import type { Translation } from '../translation'

export const organisationsDe: Translation<typeof organisationsMessages> = {
  title: 'Organisationen',
  intro: 'Jede Organisation hat ihr eigenes Verzeichnis. Berater führen eines je Mandant.',
  new: 'Neue Organisation',
  name: 'Name',
  namePlaceholder: 'z. B. Nordische Bäckerei GmbH',
  created: 'Organisation angelegt',
  renamed: 'Organisation umbenannt',
  renameTitle: 'Organisation umbenennen',
  deleteTitle: '{{name}} löschen?',
  deleteBody:
    'Damit werden die Organisation und ihr gesamtes Verzeichnis gelöscht: {{count}} Verarbeitungstätigkeiten. Das lässt sich hier nicht rückgängig machen.',
  deleteConfirm: 'Geben Sie zur Bestätigung den Namen der Organisation ein',
  empty: 'Noch keine Organisationen. Legen Sie die erste an, um ihr Verzeichnis zu beginnen.',
  open: 'Verzeichnis öffnen',
  updated: 'Letzte Änderung',
  profile: 'Stammdaten der Organisation',
  moreActions: 'Weitere Aktionen für {{name}}',
  // The guidance on an organisation with no activities yet (FirstSteps.tsx).
  firstSteps: {
    title: 'Erste Schritte für {{name}}',
    intro: 'Das Verzeichnis ist leer. Vier Schritte ergeben eine erste Fassung:',
    templates:
      'Verarbeitungstätigkeiten aus Vorlagen hinzufügen: Lohnabrechnung, Bewerbungen, Kundendaten, Newsletter … jeweils mit Zwecken, Rechtsgrundlagen und Daten.',
    templatesAction: 'Vorlage wählen',
    vendors:
      'Die Beteiligten und Dienstleister, mit denen Sie arbeiten, aus der Bibliothek hinzufügen (Reiter „Dienstleister“): Land, DPF-Status und Übermittlungsgrundlage kommen mit.',
    vendorsAction: 'Bibliothek öffnen',
    profile:
      'Die Kontaktdaten der Organisation selbst eintragen, die Angaben zum Verantwortlichen im Verzeichnis (Art. 30 Abs. 1 lit. a).',
    profileAction: 'Stammdaten öffnen',
    findings:
      'Dann die Feststellungen in der Übersicht prüfen: Sie nennen mit Artikel, was jeder Tätigkeit noch fehlt.',
    findingsAction: 'Übersicht öffnen',
    dismiss: 'Diese Schritte ausblenden',
  },
}
