import type { organisationsMessages } from '../organisations'
import type { Translation } from '../translation'

export const organisationsFr: Translation<typeof organisationsMessages> = {
  title: 'Organismes',
  intro: 'Chaque organisme a son propre registre. Les consultants en tiennent un par client.',
  new: 'Nouvel organisme',
  name: 'Nom',
  namePlaceholder: 'ex. Boulangerie du Nord SARL',
  created: 'Organisme créé',
  renamed: 'Organisme renommé',
  renameTitle: 'Renommer l’organisme',
  deleteTitle: 'Supprimer {{name}} ?',
  deleteBody:
    'Cette action supprime l’organisme et tout son registre : {{count}} activités de traitement. Elle ne peut pas être annulée ici.',
  deleteConfirm: 'Saisissez le nom de l’organisme pour confirmer',
  empty: 'Aucun organisme pour l’instant. Créez le premier pour commencer son registre.',
  open: 'Ouvrir le registre',
  updated: 'Dernière modification',
  profile: 'Fiche de l’organisme',
  moreActions: 'Autres actions pour {{name}}',
}
