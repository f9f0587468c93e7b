import type { trashMessages } from '../trash'
import type { Translation } from '../translation'

export const trashDe: Translation<typeof trashMessages> = {
  title: 'Papierkorb',
  intro:
    'Gelöschte Verarbeitungstätigkeiten und Katalogeinträge dieser Organisation. Stellen Sie einen Eintrag wieder her, um ihn so zurückzubekommen, wie er beim Löschen war.',
  empty: 'Der Papierkorb ist leer.',
  kind: 'Art',
  name: 'Name',
  deleted: 'Gelöscht',
  by: 'Von',
  restore: 'Wiederherstellen',
  restoreNamed: '{{name}} wiederherstellen',
  restored: '„{{name}}“ ist wiederhergestellt',
  emptyTrash: 'Papierkorb leeren',
  emptyTitle: 'Papierkorb leeren?',
  emptyBody_one:
    'Der Eintrag im Papierkorb kann danach nicht mehr wiederhergestellt werden. Der Verlauf behält seine Aufzeichnung darüber, sodass Sie weiterhin sehen, wer ihn wann gelöscht hat.',
  emptyBody_other:
    'Die {{count}} Einträge im Papierkorb können danach nicht mehr wiederhergestellt werden. Der Verlauf behält seine Aufzeichnungen darüber, sodass Sie weiterhin sehen, wer was wann gelöscht hat.',
  emptied: 'Der Papierkorb ist geleert',
}
