/** History: the wording of field-by-field differences, and the history screens. */
export const historyMessages = {
  diff: {
    changed: '{{field}} changed from {{before}} to {{after}}',
    set: '{{field}} set to {{after}}',
    cleared: '{{field}} cleared (was {{before}})',
    textChanged: '{{field}} changed',
    added: '{{field}}: {{item}} added',
    removed: '{{field}}: {{item}} removed',
    itemChanged: '{{field}} of {{item}} changed from {{before}} to {{after}}',
    itemSet: '{{field}} of {{item}} set to {{after}}',
    itemCleared: '{{field}} of {{item}} cleared (was {{before}})',
    created: 'Created',
    deleted: 'Deleted',
    restored: 'Restored',
    purged: 'Trash emptied',
    transferTo: 'the transfer to {{destination}}',
    empty: 'nothing',
    deletedEntry: '(deleted entry)',
  },
}
