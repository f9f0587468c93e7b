export const organisationsMessages = {
  title: 'Organisations',
  intro: 'Each organisation has its own register. Consultants keep one per client.',
  new: 'New organisation',
  name: 'Name',
  namePlaceholder: 'e.g. Nordic Bakery Oy',
  created: 'Organisation created',
  renamed: 'Organisation renamed',
  renameTitle: 'Rename organisation',
  deleteTitle: 'Delete {{name}}?',
  deleteBody:
    'This deletes the organisation and its whole register: {{count}} processing activities. This cannot be undone here.',
  deleteConfirm: 'Type the organisation’s name to confirm',
  empty: 'No organisations yet. Create the first one to start its register.',
  open: 'Open register',
  updated: 'Last change',
  profile: 'Organisation profile',
  moreActions: 'More actions for {{name}}',
}
