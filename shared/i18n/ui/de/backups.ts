import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsDe: Translation<typeof backupsMessages> = {
  title: 'Sicherungen',
  intro:
    'Kopien des gesamten Arbeitsbereichs mit allen Organisationen, in einem Ordner neben der Datei des Arbeitsbereichs. ROPA legt an jedem Tag, an dem es geöffnet ist, automatisch eine an und behält die neuesten davon; außerdem vor einem Update der Anwendung und vor einer Wiederherstellung.',
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
