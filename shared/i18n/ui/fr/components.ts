import type { componentsMessages } from '../components'
import type { Translation } from '../translation'

export const componentsFr: Translation<typeof componentsMessages> = {
  findingCount: {
    error_one: '{{count}} erreur',
    error_other: '{{count}} erreurs',
    warning_one: '{{count}} avertissement',
    warning_other: '{{count}} avertissements',
    info_one: '{{count}} remarque',
    info_other: '{{count}} remarques',
  },
  completeness: {
    complete: 'Complet',
    incomplete: 'Incomplet',
    notApplicable: 'Sans objet',
  },
  country: {
    placeholder: 'Saisissez pour rechercher un pays',
    nothingFound: 'Aucun pays de ce nom',
  },
  catalogueSelect: {
    nothingFound: 'Aucun résultat',
  },
  dateField: {
    placeholder: 'AAAA-MM-JJ',
    notADate: '« {{text}} » n’est pas une date. Écrivez-la sous la forme 31.3.2026 ou 2026-03-31.',
    noSuchDay: 'Le {{text}} n’existe pas : ce mois-là a {{days}} jours.',
  },
  transferStatus: {
    short: {
      eea: 'UE/EEE',
      adequate: 'Adéquat',
      adequate_partial: 'Adéquat (partiellement)',
      third_country: 'Pays tiers',
    },
    title: {
      eea: '{{name}} fait partie de l’UE/EEE – aucun outil de transfert n’est nécessaire',
      adequate: '{{name}} : décision d’adéquation en vigueur',
      adequate_partial: '{{name}} : décision d’adéquation pour certains destinataires seulement',
      third_country: '{{name}} est un pays tiers – une garantie est nécessaire',
    },
    body: {
      eea: 'Les données peuvent circuler au sein de l’UE/EEE sans outil de transfert du chapitre V.',
      adequate:
        'La Commission a constaté que {{name}} assure un niveau de protection adéquat : {{decision}} (article 45). Aucune autre garantie n’est nécessaire.',
      adequate_partial:
        '{{decision}} ne couvre que certains destinataires : {{scope}} Si le destinataire n’est pas couvert, choisissez une garantie telle que les clauses contractuelles types.',
      third_country:
        'Il n’existe pas de décision d’adéquation pour {{name}}. Le transfert nécessite des garanties appropriées (article 46), telles que des clauses contractuelles types ou des règles d’entreprise contraignantes, ou, pour des transferts occasionnels, une dérogation (article 49).',
    },
  },
}
