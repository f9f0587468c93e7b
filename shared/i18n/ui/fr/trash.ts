import type { trashMessages } from '../trash'
import type { Translation } from '../translation'

export const trashFr: Translation<typeof trashMessages> = {
  title: 'Corbeille',
  intro:
    'Les activités de traitement et entrées de référentiel supprimées de cet organisme. Restaurez-en une pour la retrouver telle qu’elle était lors de sa suppression.',
  empty: 'La corbeille est vide.',
  kind: 'Type',
  name: 'Nom',
  deleted: 'Supprimé le',
  by: 'Par',
  restore: 'Restaurer',
  restoreNamed: 'Restaurer {{name}}',
  restored: '« {{name}} » est restauré',
  emptyTrash: 'Vider la corbeille',
  emptyTitle: 'Vider la corbeille ?',
  emptyBody_one:
    'L’élément de la corbeille ne pourra plus être restauré. L’historique en garde la trace : vous pourrez toujours voir qui l’a supprimé et quand.',
  emptyBody_other:
    'Les {{count}} éléments de la corbeille ne pourront plus être restaurés. L’historique en garde la trace : vous pourrez toujours voir qui a supprimé quoi et quand.',
  emptied: 'La corbeille est vidée',
}
