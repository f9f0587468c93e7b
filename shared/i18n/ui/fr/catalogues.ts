import type { cataloguesMessages } from '../catalogues'
import type { Translation } from '../translation'

export const cataloguesFr: Translation<typeof cataloguesMessages> = {
  title: 'Référentiels',
  name: 'Nom',
  usedBy: 'Utilisé par',
  unused: 'Non utilisé',
  search: 'Rechercher',
  noMatch: 'Aucune entrée ne correspond à la recherche.',
  chooseKind: 'Choisir le type',
  editNamed: 'Modifier {{name}}',
  deleteNamed: 'Supprimer {{name}}',
  created: '« {{name}} » créé',
  saved: '« {{name}} » enregistré',
  parties: {
    title: 'Tiers',
    new: 'Nouveau tiers',
    edit: 'Modifier le tiers',
    createNew: 'Créer un nouveau tiers…',
    createNamed: 'Créer le tiers « {{name}} »…',
    intro:
      'Sous-traitants, responsables conjoints, destinataires, autorités et responsables du traitement pour lesquels vous agissez comme sous-traitant. Leur pays détermine si un transfert nécessite une garantie.',
    empty:
      'Aucun tiers pour l’instant. Ajoutez les prestataires et autres organismes impliqués dans vos activités.',
    dpfHelp:
      'Consultez la liste du Data Privacy Framework : la décision d’adéquation UE-États-Unis ne couvre que les organismes certifiés.',
    dpfShort: 'Certifié DPF',
    dpaHelp: 'Le contrat prévu à l’article 28, paragraphe 3, ex. son titre ou son numéro',
    dpaColumn: 'Contrat de sous-traitance',
    transfersTitle: 'Transferts hors de l’UE/EEE',
    transfersHelp:
      'Ce sur quoi repose le contrat avec ce tiers lorsque des données à caractère personnel quittent l’UE/EEE (y compris pour une société européenne dont la maison mère est américaine). Les transferts vers ce tiers qui ne précisent ni le module ni l’analyse sont appréciés d’après ces informations.',
    chooseMechanism: 'Aucun transfert, ou inconnu',
    chooseModule: 'Choisir le module',
    tiaHelp:
      'Le droit et les pratiques du pays de destination ont été analysés pour les transferts vers ce tiers.',
    dpfCheckedHelp:
      'Le jour où vous avez vérifié ce tiers pour la dernière fois sur la liste du Data Privacy Framework.',
    fromLibrary: 'Issu de la bibliothèque de fournisseurs : {{name}} (informations au {{asOf}})',
    fromLibraryUnknown: 'Issu d’une entrée de la bibliothèque de fournisseurs qui n’existe plus ({{id}})',
  },
  dataSubjectCategories: {
    title: 'Personnes concernées',
    new: 'Nouvelle catégorie de personnes concernées',
    edit: 'Modifier la catégorie de personnes concernées',
    createNew: 'Créer une nouvelle catégorie de personnes concernées…',
    createNamed: 'Créer « {{name}} »…',
    intro:
      'Les personnes dont les activités traitent les données, ex. salariés, clients, visiteurs du site internet.',
    empty: 'Aucune catégorie de personnes concernées pour l’instant.',
    namePlaceholder: 'ex. Salariés',
    vulnerable: 'Personnes concernées vulnérables',
    vulnerableHelp:
      'Ex. enfants, salariés, patients : des personnes moins à même de s’opposer (un critère pour décider d’une AIPD).',
    vulnerableShort: 'Vulnérables',
  },
  dataCategories: {
    title: 'Catégories de données',
    new: 'Nouvelle catégorie de données à caractère personnel',
    edit: 'Modifier la catégorie de données à caractère personnel',
    createNew: 'Créer une nouvelle catégorie de données à caractère personnel…',
    createNamed: 'Créer « {{name}} »…',
    intro:
      'Les types de données à caractère personnel traitées. Signalez les catégories particulières (article 9), les données relatives aux infractions (article 10) et les numéros d’identification nationaux : elles exigent plus qu’une base légale de l’article 6.',
    empty: 'Aucune catégorie de données à caractère personnel pour l’instant.',
    namePlaceholder: 'ex. Coordonnées',
    specialHelp:
      'Les catégories particulières exigent une exception de l’article 9, paragraphe 2 ; les données relatives aux infractions un fondement de l’article 10.',
    retentionPlaceholder: 'p. ex. 6 ans après la fin du contrat de travail',
    retentionHelp:
      'Les traitements qui n’indiquent aucun délai pour cette catégorie reprennent celui-ci ; chaque traitement peut fixer le sien.',
  },
  securityMeasures: {
    title: 'Mesures de sécurité',
    new: 'Nouvelle mesure de sécurité',
    edit: 'Modifier la mesure de sécurité',
    createNew: 'Créer une nouvelle mesure de sécurité…',
    createNamed: 'Créer la mesure « {{name}} »…',
    intro:
      'Les mesures techniques et organisationnelles qui protègent les données (article 32), décrites une fois et utilisées par chaque activité qu’elles protègent.',
    empty: 'Aucune mesure de sécurité pour l’instant.',
    namePlaceholder: 'ex. Chiffrement des données stockées',
  },
  delete: {
    title: 'Supprimer « {{name}} » ?',
    unused:
      'Aucune activité n’utilise cette entrée. Elle est retirée du référentiel et va dans la corbeille de l’organisme, d’où elle peut être restaurée.',
    inUseTitle_one: '« {{name}} » est utilisé par 1 activité',
    inUseTitle_other: '« {{name}} » est utilisé par {{count}} activités',
    inUseBody_one:
      'Cette entrée ne peut pas être supprimée tant que cette activité l’utilise. Retirez-la de l’activité, ou remplacez-la par une autre entrée puis supprimez-la :',
    inUseBody_other:
      'Cette entrée ne peut pas être supprimée tant que ces {{count}} activités l’utilisent. Retirez-la de ces activités, ou remplacez-la partout par une autre entrée puis supprimez-la :',
    more: 'et {{count}} autres',
    replaceWith: 'Remplacer par',
    replaceWithHelp: 'Chaque activité ci-dessus utilisera cette entrée à la place de « {{name}} ».',
    replacePlaceholder: 'Choisir une entrée',
    noOther: 'Aucune autre entrée dans ce référentiel',
    replaceAndDelete: 'Remplacer et supprimer',
    done: '« {{name}} » supprimé',
    replaced_one: '« {{name}} » remplacé dans 1 activité et supprimé',
    replaced_other: '« {{name}} » remplacé dans {{count}} activités et supprimé',
  },
}
