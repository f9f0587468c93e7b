import type { trashMessages } from '../trash'
import type { Translation } from '../translation'

export const trashDa: Translation<typeof trashMessages> = {
  title: 'Papirkurv',
  intro:
    'Slettede behandlingsaktiviteter og katalogposter for denne organisation. Gendan en for at få den tilbage, som den var, da den blev slettet.',
  empty: 'Papirkurven er tom.',
  kind: 'Type',
  name: 'Navn',
  deleted: 'Slettet',
  by: 'Af',
  restore: 'Gendan',
  restoreNamed: 'Gendan {{name}}',
  restored: '”{{name}}” er gendannet',
  emptyTrash: 'Tøm papirkurven',
  emptyTitle: 'Tøm papirkurven?',
  emptyBody_one:
    'Posten i papirkurven kan derefter ikke længere gendannes. Historikken bevarer sine oplysninger om den, så du stadig kan se, hvem der slettede den og hvornår.',
  emptyBody_other:
    'De {{count}} poster i papirkurven kan derefter ikke længere gendannes. Historikken bevarer sine oplysninger om dem, så du stadig kan se, hvem der slettede hvad og hvornår.',
  emptied: 'Papirkurven er tømt',
}
