/** The privacy notice page. */
import type { UiMessages } from '../../en'

export const noticesFr: UiMessages['notices'] = {
  title: 'Politique de confidentialité',
  intro:
    'L’information due aux personnes dont l’organisme traite les données (articles 13 et 14 du RGPD), rédigée à partir du registre. Complétez les lacunes du registre, la politique suit.',
  audience: 'Public',
  allAudiences: 'Tous (une partie par public)',
  language: 'Langue de la politique',
  recipients: 'Destinataires',
  byName: 'Par nom',
  byCategory: 'Par catégorie',
  format: 'Format',
  export: 'Exporter la politique',
  exporting: 'Rédaction de la politique… {{percent}} %',
  done: 'Politique écrite et enregistrée sur la page Exports',
  chooseCancelled: 'Aucun fichier n’a été choisi : rien n’a été écrit.',
  preview: 'Aperçu de la politique',
  gapsTitle: 'Lacunes du registre',
  gapsNone: 'Rien ne manque : le registre contient tout ce dont la politique a besoin.',
  gapsIntro: 'Le projet surligne ces endroits en jaune. Complétez-les dans le registre, la politique suit.',
  fixIn: 'Corriger dans {{activity}}',
  fixInProfile: 'Corriger dans le profil de l’organisme',
  gaps: {
    noControllerActivities: 'Aucun traitement dont nous sommes responsables ne concerne ce public.',
    noControllerContact: 'L’organisme n’a ni adresse, ni e-mail, ni téléphone.',
    noDpoContact: 'Les coordonnées du délégué à la protection des données manquent.',
    noAuthority: 'L’autorité de contrôle chef de file n’est pas renseignée.',
    authorityRegional: 'En Allemagne, indiquez l’autorité du Land ; l’autorité fédérale est affichée.',
    noAudience:
      'Le traitement n’indique aucune catégorie de personnes concernées et n’apparaît donc sous aucun public.',
    noPurposes: 'Le traitement n’a pas de finalités.',
    noLegalBasis: 'Une finalité n’a pas de base juridique.',
    noLegitimateInterest: 'Une finalité repose sur l’intérêt légitime sans le préciser.',
    noDataCategories: 'Le traitement n’a pas de catégories de données.',
    noRetention: 'Une catégorie de données n’a pas de durée de conservation.',
    noSources: 'La source des données n’est pas renseignée.',
    noSourceDescription: 'Une source autre que la personne n’est pas nommée.',
    noTransferMechanism: 'Un transfert hors UE/EEE n’a pas de fondement valable.',
    noAutomatedDecisionLogic:
      'Décisions automatisées sans information utile sur la logique et les conséquences.',
  },
}
