import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsDe: Translation<typeof backupsMessages> = {
  title: 'Sicherungen',
  intro:
    'Kopien des gesamten Arbeitsbereichs mit allen Organisationen. ROPA legt nach den ersten Änderungen eines Tages automatisch eine an (sobald Sie eine Pause machen), hält sie aktuell, solange die Anwendung geöffnet ist und wenn sie geschlossen wird, und behält eine Kopie pro Tag für die letzten sieben Tage mit Änderungen; außerdem vor einem Update der Anwendung und vor einer Wiederherstellung.',
  folder: 'Ordner der Sicherungen',
  openFolder: 'Ordner öffnen',
  automaticFailed:
    'Die letzte automatische Sicherung ist fehlgeschlagen ({{when}}): {{message}} Das Verzeichnis ist davon nicht betroffen; ROPA versucht es in einer Minute erneut. „Jetzt sichern“ legt eine Kopie von Hand an.',
  noAutomatic:
    'Eine Teamdatenbank wird auf ihrem Server gesichert: ROPA legt hier keine automatischen Kopien davon an. Von Hand angelegte Kopien kommen in diesen Ordner.',
  now: 'Jetzt sichern',
  created: 'Gesichert: {{name}}',
  empty: 'Noch keine Sicherungen.',
  kind: {
    label: 'Art',
    'pre-migration': 'Vor einem Update von ROPA',
    automatic: 'Automatisch (täglich)',
    manual: 'Von Hand angelegt',
    'before-restore': 'Vor einer Wiederherstellung',
  },
  createdAt: 'Angelegt',
  size: 'Größe',
  file: 'Datei',
  restore: 'Wiederherstellen',
  restoreNamed: 'Sicherung vom {{when}} wiederherstellen',
  restoreTitle: 'Sicherung vom {{when}} wiederherstellen?',
  restoreBody:
    'Der Inhalt des Arbeitsbereichs mit allen Organisationen wird durch diese Sicherung ersetzt. Änderungen seit ihrer Erstellung sind dann nicht mehr im Verzeichnis.',
  restoreSafety:
    'Vorher sichert ROPA den aktuellen Stand (hier als „Vor einer Wiederherstellung“ aufgeführt), sodass Sie durch Wiederherstellen dieser Kopie dorthin zurückkehren können.',
  restored: 'Sicherung vom {{when}} wiederhergestellt. Der vorherige Stand ist als {{safetyCopy}} gesichert.',
}
