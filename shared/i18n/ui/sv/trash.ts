import type { trashMessages } from '../trash'
import type { Translation } from '../translation'

export const trashSv: Translation<typeof trashMessages> = {
  title: 'Papperskorg',
  intro:
    'Borttagna behandlingar och katalogposter för denna organisation. Återställ en för att få tillbaka den så som den var när den togs bort.',
  empty: 'Papperskorgen är tom.',
  kind: 'Typ',
  name: 'Namn',
  deleted: 'Borttagen',
  by: 'Av',
  restore: 'Återställ',
  restoreNamed: 'Återställ {{name}}',
  restored: '”{{name}}” har återställts',
  emptyTrash: 'Töm papperskorgen',
  emptyTitle: 'Tömma papperskorgen?',
  emptyBody_one:
    'Posten i papperskorgen kan då inte längre återställas. Historiken behåller sina uppgifter om den, så du kan fortfarande se vem som tog bort den och när.',
  emptyBody_other:
    'De {{count}} posterna i papperskorgen kan då inte längre återställas. Historiken behåller sina uppgifter om dem, så du kan fortfarande se vem som tog bort vad och när.',
  emptied: 'Papperskorgen har tömts',
}
