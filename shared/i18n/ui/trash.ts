/** The trash of an organisation: deleted activities and catalogue entries, restored or purged. */
export const trashMessages = {
  title: 'Trash',
  intro:
    'Deleted processing activities and catalogue entries of this organisation. Restore one to bring it back as it was when it was deleted.',
  empty: 'The trash is empty.',
  kind: 'Kind',
  name: 'Name',
  deleted: 'Deleted',
  by: 'By',
  restore: 'Restore',
  restoreNamed: 'Restore {{name}}',
  restored: '“{{name}}” is restored',
  emptyTrash: 'Empty trash',
  emptyTitle: 'Empty the trash?',
  emptyBody_one:
    'The item in the trash can then no longer be restored. The history keeps its record of it, so you can still see who deleted it and when.',
  emptyBody_other:
    'The {{count}} items in the trash can then no longer be restored. The history keeps its records of them, so you can still see who deleted what and when.',
  emptied: 'The trash is emptied',
}
