import type { historyMessages } from '../history'
import type { Translation } from '../translation'

export const historyDe: Translation<typeof historyMessages> = {
  diff: {
    changed: '{{field}} geändert von {{before}} in {{after}}',
    set: '{{field}} gesetzt auf {{after}}',
    cleared: '{{field}} geleert (war {{before}})',
    textChanged: '{{field}} geändert',
    added: '{{field}}: {{item}} hinzugefügt',
    removed: '{{field}}: {{item}} entfernt',
    itemChanged: '{{field}} von {{item}} geändert von {{before}} in {{after}}',
    itemSet: '{{field}} von {{item}} gesetzt auf {{after}}',
    itemCleared: '{{field}} von {{item}} geleert (war {{before}})',
    created: 'Angelegt',
    deleted: 'Gelöscht',
    restored: 'Wiederhergestellt',
    purged: 'Papierkorb geleert',
    transferTo: 'die Übermittlung nach {{destination}}',
    empty: 'nichts',
    deletedEntry: '(gelöschter Eintrag)',
  },
}
