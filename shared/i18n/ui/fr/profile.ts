import type { profileMessages } from '../profile'
import type { Translation } from '../translation'

export const profileFr: Translation<typeof profileMessages> = {
  title: 'Fiche de l’organisme',
  intro:
    'Le nom et les coordonnées de l’organisme qui tient le registre, de son représentant et de son délégué à la protection des données (article 30, paragraphe 1, point a), et paragraphe 2, point a)). Chaque activité du registre y renvoie.',
  saved: 'Fiche de {{name}} enregistrée',
  discard: 'Abandonner les modifications',
  sections: {
    identity: 'Organisme',
    representative: 'Représentant dans l’Union (article 27)',
    dpo: 'Délégué à la protection des données',
    contactPerson: 'Personne à contacter pour le registre',
    authority: 'Autorité de contrôle et langue des exports',
  },
  countryHelp: 'Où l’organisme est établi',
  employeeHelp:
    'Article 30, paragraphe 5 : les organismes de moins de 250 employés peuvent être dispensés de tenir le registre, avec d’importantes exceptions',
  representativeHelp: 'Nécessaire uniquement si l’organisme est établi hors de l’UE/EEE.',
  representativeRequired:
    'L’organisme est établi hors de l’UE/EEE ({{country}}) : il doit désigner par écrit un représentant dans l’Union (article 27).',
  hasRepresentative: 'Un représentant a été désigné',
  dpoHelp:
    'Indiquez le DPO lorsqu’un délégué a été désigné (article 37). Le registre mentionne ses coordonnées.',
  hasDpo: 'Un délégué à la protection des données a été désigné',
  hasContactPerson: 'Indiquer une personne à contacter',
  authorityHelp: 'L’autorité de contrôle chef de file à laquelle le registre est mis à disposition',
  language: 'Langue des exports',
  languageHelp: 'Titres et libellés des exports Excel et PDF',
}
