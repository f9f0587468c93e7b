import type { historyMessages } from '../history'
import type { Translation } from '../translation'

export const historyFr: Translation<typeof historyMessages> = {
  diff: {
    changed: '{{field}} : {{before}} remplacé par {{after}}',
    set: '{{field}} : {{after}}',
    cleared: '{{field}} effacé (était {{before}})',
    textChanged: '{{field}} modifié',
    added: '{{field}} : {{item}} ajouté',
    removed: '{{field}} : {{item}} retiré',
    itemChanged: '{{field}} de {{item}} : {{before}} remplacé par {{after}}',
    itemSet: '{{field}} de {{item}} : {{after}}',
    itemCleared: '{{field}} de {{item}} effacé (était {{before}})',
    created: 'Créé',
    deleted: 'Supprimé',
    restored: 'Restauré',
    purged: 'Corbeille vidée',
    transferTo: 'le transfert vers {{destination}}',
    empty: 'rien',
    deletedEntry: '(entrée supprimée)',
  },
}
