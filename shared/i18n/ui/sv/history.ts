import type { historyMessages } from '../history'
import type { Translation } from '../translation'

export const historySv: Translation<typeof historyMessages> = {
  diff: {
    changed: '{{field}} ändrades från {{before}} till {{after}}',
    set: '{{field}} sattes till {{after}}',
    cleared: '{{field}} tömdes (var {{before}})',
    textChanged: '{{field}} ändrades',
    added: '{{field}}: {{item}} lades till',
    removed: '{{field}}: {{item}} togs bort',
    itemChanged: '{{field}} för {{item}} ändrades från {{before}} till {{after}}',
    itemSet: '{{field}} för {{item}} sattes till {{after}}',
    itemCleared: '{{field}} för {{item}} tömdes (var {{before}})',
    created: 'Skapad',
    deleted: 'Borttagen',
    restored: 'Återställd',
    purged: 'Papperskorgen tömdes',
    transferTo: 'överföringen till {{destination}}',
    empty: 'inget',
    deletedEntry: '(borttagen post)',
  },
}
