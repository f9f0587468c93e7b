import type { historyMessages } from '../history'
import type { Translation } from '../translation'

export const historyDa: Translation<typeof historyMessages> = {
  diff: {
    changed: '{{field}} ændret fra {{before}} til {{after}}',
    set: '{{field}} sat til {{after}}',
    cleared: '{{field}} ryddet (var {{before}})',
    textChanged: '{{field}} ændret',
    added: '{{field}}: {{item}} tilføjet',
    removed: '{{field}}: {{item}} fjernet',
    itemChanged: '{{field}} for {{item}} ændret fra {{before}} til {{after}}',
    itemSet: '{{field}} for {{item}} sat til {{after}}',
    itemCleared: '{{field}} for {{item}} ryddet (var {{before}})',
    created: 'Oprettet',
    deleted: 'Slettet',
    restored: 'Gendannet',
    purged: 'Papirkurven tømt',
    transferTo: 'overførslen til {{destination}}',
    empty: 'intet',
    deletedEntry: '(slettet post)',
  },
}
