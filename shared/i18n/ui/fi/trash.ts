import type { trashMessages } from '../trash'
import type { Translation } from '../translation'

export const trashFi: Translation<typeof trashMessages> = {
  title: 'Roskakori',
  intro:
    'Tämän organisaation poistetut käsittelytoimet ja luettelon kohdat. Palautettu kohta palaa sellaisena kuin se oli poistettaessa.',
  empty: 'Roskakori on tyhjä.',
  kind: 'Tyyppi',
  name: 'Nimi',
  deleted: 'Poistettu',
  by: 'Poistaja',
  restore: 'Palauta',
  restoreNamed: 'Palauta {{name}}',
  restored: '”{{name}}” on palautettu',
  emptyTrash: 'Tyhjennä roskakori',
  emptyTitle: 'Tyhjennetäänkö roskakori?',
  emptyBody_one:
    'Roskakorissa olevaa kohtaa ei sen jälkeen voi enää palauttaa. Historia säilyttää siitä tiedot, joten näet edelleen, kuka sen poisti ja milloin.',
  emptyBody_other:
    'Roskakorissa olevia {{count}} kohtaa ei sen jälkeen voi enää palauttaa. Historia säilyttää niistä tiedot, joten näet edelleen, kuka poisti mitä ja milloin.',
  emptied: 'Roskakori on tyhjennetty',
}
