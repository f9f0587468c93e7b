import type { historyMessages } from '../history'
import type { Translation } from '../translation'

export const historyFi: Translation<typeof historyMessages> = {
  diff: {
    changed: '{{field}} muutettu: {{before}} → {{after}}',
    set: '{{field}} asetettu: {{after}}',
    cleared: '{{field}} tyhjennetty (oli {{before}})',
    textChanged: '{{field}} muutettu',
    added: '{{field}}: {{item}} lisätty',
    removed: '{{field}}: {{item}} poistettu',
    itemChanged: '{{item}}: {{field}} muutettu: {{before}} → {{after}}',
    itemSet: '{{item}}: {{field}} asetettu: {{after}}',
    itemCleared: '{{item}}: {{field}} tyhjennetty (oli {{before}})',
    created: 'Luotu',
    deleted: 'Poistettu',
    restored: 'Palautettu',
    purged: 'Roskakori tyhjennetty',
    transferTo: 'siirto kohteeseen {{destination}}',
    empty: 'ei mitään',
    deletedEntry: '(poistettu merkintä)',
  },
}
