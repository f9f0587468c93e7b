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
  // The guidance on an organisation with no activities yet (FirstSteps.tsx).
  firstSteps: {
    title: 'Premiers pas pour {{name}}',
    intro: 'Le registre est vide. Quatre étapes en donnent une première version :',
    templates:
      'Ajoutez des activités de traitement à partir de modèles : paie, recrutement, fichier clients, lettre d’information… chacune avec ses finalités, bases juridiques et données.',
    templatesAction: 'Choisir un modèle',
    vendors:
      'Ajoutez depuis la bibliothèque les parties et prestataires avec qui vous travaillez (onglet « Prestataires ») : pays, statut DPF et mécanisme de transfert sont repris.',
    vendorsAction: 'Ouvrir la bibliothèque',
    profile:
      'Renseignez les coordonnées de l’organisme lui-même, la mention du responsable du traitement dans le registre (art. 30, paragraphe 1, point a)).',
    profileAction: 'Ouvrir la fiche',
    findings:
      'Vérifiez ensuite les constats du tableau de bord : ils indiquent, article à l’appui, ce qui manque encore à chaque activité.',
    findingsAction: 'Ouvrir le tableau de bord',
    dismiss: 'Masquer ces étapes',
  },
}
