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
}
