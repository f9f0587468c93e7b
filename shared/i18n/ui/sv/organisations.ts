import type { organisationsMessages } from '../organisations'
import type { Translation } from '../translation'

export const organisationsSv: Translation<typeof organisationsMessages> = {
  title: 'Organisationer',
  intro: 'Varje organisation har sitt eget register. Konsulter för ett per kund.',
  new: 'Ny organisation',
  name: 'Namn',
  namePlaceholder: 't.ex. Nordiska Bageriet AB',
  created: 'Organisationen har skapats',
  renamed: 'Organisationen har bytt namn',
  renameTitle: 'Byt namn på organisationen',
  deleteTitle: 'Ta bort {{name}}?',
  deleteBody:
    'Detta tar bort organisationen och hela dess register: {{count}} behandlingar. Det går inte att ångra här.',
  deleteConfirm: 'Skriv organisationens namn för att bekräfta',
  empty: 'Inga organisationer ännu. Skapa den första för att börja på dess register.',
  open: 'Öppna registret',
  updated: 'Senaste ändring',
  profile: 'Organisationens profil',
  moreActions: 'Fler åtgärder för {{name}}',
}
