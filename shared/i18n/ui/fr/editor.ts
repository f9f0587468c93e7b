import type { editorMessages } from '../editor'
import type { Translation } from '../translation'

export const editorFr: Translation<typeof editorMessages> = {
  formLabel: 'Activité de traitement',
  controllerRecord: 'Registre du responsable du traitement, article 30, paragraphe 1',
  processorRecord: 'Registre du sous-traitant, article 30, paragraphe 2',
  moreActions: 'Autres actions',
  duplicate: 'Dupliquer',
  duplicated: 'Dupliquée sous {{reference}} (un brouillon)',
  copyTo: 'Copier vers un organisme…',
  keyboardHint: 'Entrée enregistre · Échap quitte · Ctrl+S enregistre depuis n’importe où',
  conflict: {
    title: 'Quelqu’un d’autre a enregistré cette activité de traitement entre-temps',
    changedBy:
      'Modifiée par {{actor}} le {{time}} depuis que vous l’avez ouverte. Rechargez-la et refaites vos modifications : ce que vous avez saisi reste dans le formulaire jusqu’au rechargement.',
    changed:
      'Elle a été modifiée depuis que vous l’avez ouverte. Rechargez-la et refaites vos modifications : ce que vous avez saisi reste dans le formulaire jusqu’au rechargement.',
    reload: 'Recharger',
  },
  sections: {
    beyondArt30: 'Également inscrit',
    about: 'L’activité',
    processorData: 'Personnes concernées, données et destinataires',
    risk: 'Décisions automatisées et AIPD',
    systems: 'Systèmes et lieu de stockage',
    review: 'Revue et observations',
  },
  overview: {
    title: 'Sections',
    points_one: '{{filled}} point de l’article 30 complet sur {{count}}',
    points_other: '{{filled}} points de l’article 30 complets sur {{count}}',
    findings: 'Constats :',
    noFindings: 'Aucun constat',
    entering: 'Les constats d’un champ s’affichent une fois celui-ci rempli, et tous à l’enregistrement',
  },
  about: {
    roleHelp:
      'Sous-traitant : vous traitez les données pour le compte d’un client (registre de l’article 30, paragraphe 2)',
    businessFunctionPlaceholder: 'ex. Ressources humaines',
    ownerPlaceholder: 'ex. DRH',
  },
  parties: {
    controller: 'Responsable du traitement',
    processor: 'Sous-traitant',
    noContact: 'Aucune coordonnée dans la fiche de l’organisme',
    representativeNeeded: 'Nécessaire : l’organisme est établi hors de l’UE/EEE ({{country}})',
    notApplicable: 'Non nécessaire (établi dans l’UE/EEE)',
    editProfile: 'Modifier la fiche de l’organisme',
    jointControllers: 'Responsables conjoints du traitement',
    jointControllersHelp:
      'Les organismes qui déterminent avec vous les finalités et les moyens de ce traitement (article 26)',
    controllers: 'Responsables du traitement pour le compte desquels vous traitez les données',
    controllersHelp:
      'Vos clients pour ce traitement, chacun avec ses coordonnées dans le référentiel des tiers',
    pickParties: 'Choisir parmi les tiers, ou en créer un',
  },
  purposes: {
    noneProcessor:
      'Aucune catégorie de traitements pour l’instant. L’article 30, paragraphe 2, point b), exige les catégories de traitements effectués pour le compte de chaque responsable du traitement.',
    categoryNumber: 'Catégorie de traitements {{n}}',
    categoryPlaceholder: 'Ce que vous faites pour le responsable du traitement, ex. calcul de la paie',
    addCategory: 'Ajouter une catégorie de traitements',
    chooseBasis: 'Choisir la base légale',
    interestPlaceholder: 'L’intérêt poursuivi, ex. prévention de la fraude',
    condition: 'Exception pour les catégories particulières (article 9, paragraphe 2)',
    chooseCondition: 'Choisir l’exception',
    criminalBasis: 'Fondement pour les données relatives aux infractions (article 10)',
    criminalHelp: 'La loi ou l’autorité publique qui l’autorise',
    legalBasisReferencePlaceholder:
      'Le texte, le contrat ou la mission d’intérêt public, par ex. article L123-22 du Code de commerce',
    assessmentPlaceholder: 'Où la mise en balance des intérêts est documentée, par ex. LIA-2026-03',
    consentRecordPlaceholder:
      'Où les consentements sont enregistrés, par ex. journal des consentements du CRM',
    conditionReferencePlaceholder: 'par ex. article L4624-1 du Code du travail',
    conditionReferenceHelp:
      'Le droit de l’Union ou le droit national que cette exception exige (article 9, paragraphe 2, points b) et g) à j) ; article 10)',
    criminalPlaceholder: 'ex. article 46 de la loi Informatique et Libertés',
    addCondition: 'Ajouter une exception de l’article 9, paragraphe 2, à cette finalité',
    addCriminalBasis: 'Ajouter un fondement de l’article 10 à cette finalité',
  },
  data: {
    pickSubjects: 'Choisir ou créer des catégories, ex. Salariés',
    subjectsHelp: 'Les personnes dont les données sont traitées',
    pickCategories: 'Choisir ou créer des catégories, ex. Coordonnées',
    categoriesHelp:
      'Les données à caractère personnel traitées ; fixez les délais d’effacement au point 30(1)(f)',
    specialNote: 'Comprend : {{list}}.',
    specialController:
      'Une finalité doit avoir l’exception correspondante de l’article 9, paragraphe 2, ou le fondement de l’article 10 (30(1)(b)).',
    specialProcessor: 'Le responsable du traitement détermine l’exception qui l’autorise.',
    noSources:
      'D’où proviennent les données, si ce n’est pas uniquement des personnes concernées elles-mêmes (facultatif).',
    sourceKind: 'Source {{n}}',
    sourceDescription: 'Description',
    sourcePlaceholder: 'ex. Agence d’évaluation du crédit',
    addSource: 'Ajouter une source',
    removeSource: 'Retirer la source {{n}}',
  },
  recipients: {
    none: 'Aucun destinataire pour l’instant. Indiquez tous ceux à qui les données sont communiquées, sous-traitants compris.',
    party: 'Destinataire {{n}}',
    pickParty: 'Choisir un tiers, ou en créer un',
    category: 'Ou une catégorie de destinataires',
    categoryPlaceholder: 'ex. Banques',
    purposePlaceholder: 'Ce pour quoi le destinataire reçoit les données',
    internalHelp: 'Un service de votre organisme, et non un organisme externe',
    remove: 'Retirer le destinataire {{n}}',
    add: 'Ajouter un destinataire',
    transferRecorded:
      'Hors UE/EEE : enregistré comme transfert {{n}}, avec les informations de transfert de la partie',
  },
  transfers: {
    none: 'Aucun transfert vers des pays tiers ou des organisations internationales.',
    recipient: 'Destinataire du transfert {{n}}',
    pickRecipient: 'Choisir l’importateur, ou le créer',
    toCountry: 'Vers un pays plutôt',
    toOrganisation: 'Vers une organisation internationale plutôt',
    country: 'Pays de destination',
    organisationPlaceholder: 'ex. Organisation européenne des brevets',
    chooseMechanism: 'Choisir l’outil sur lequel repose le transfert',
    chooseModule: 'Choisir le module',
    tia: 'Analyse d’impact des transferts (AITD) réalisée',
    tiaHelp:
      'Si le droit et les pratiques du pays de destination permettent à l’importateur de respecter les garanties',
    safeguardsHelp: 'L’évaluation et les garanties, lorsqu’une dérogation est utilisée',
    safeguardsRequired:
      'Exigé pour cette dérogation (article 49, paragraphe 6) : l’évaluation et les garanties appropriées',
    remove: 'Retirer le transfert {{n}}',
    add: 'Ajouter un transfert',
    noteFor_one: 'Concerne le transfert {{list}}',
    noteFor_other: 'Concerne les transferts {{list}}',
    seeNote: '{{name}} : voir la note en tête des transferts.',
    mechanismGroup: {
      adequacy: 'Adéquation',
      safeguard: 'Garanties appropriées (article 46)',
      derogation: 'Dérogations pour des situations particulières (article 49)',
      invalid: 'N’est plus valable',
      none: 'Aucun',
    },
  },
  retention: {
    generalPlaceholder: 'ex. Supprimées 6 ans après la fin du contrat de travail',
    generalHelp: 'S’applique à toutes les données de l’activité, sauf si une catégorie prévoit autre chose',
    referencePlaceholder:
      'La politique ou le référentiel de conservation d’où viennent les durées, par ex. Référentiel de conservation 2026',
    noCategories: 'Choisissez les catégories de données au point 30(1)(c) pour fixer un délai pour chacune.',
    perCategory: 'Délai par catégorie de données',
    placeholder: 'ex. 2 ans après le dernier achat',
    months: 'Mois',
    forCategory: 'Délai d’effacement de {{name}}',
    monthsForCategory: 'Mois avant l’effacement de {{name}}',
    fromCategory: 'De la catégorie : {{retention}}',
    inheritedHelp:
      'La valeur par défaut de la catégorie s’applique : saisissez-en une autre pour ce traitement',
  },
  security: {
    pick: 'Choisir ou créer des mesures, ex. Chiffrement des données stockées',
    help: 'Une description générale suffit : nommez les mesures, décrivez-les dans le référentiel',
  },
  processorData: {
    recipients: 'Sous-traitants ultérieurs et autres destinataires',
    retention: 'Suppression ou restitution des données',
    retentionPlaceholder: 'ex. Restituées et supprimées à la fin du contrat',
  },
  risk: {
    automatedHelp:
      'Décisions fondées exclusivement sur un traitement automatisé produisant des effets juridiques ou affectant de manière significative de façon similaire (article 22)',
    automatedDescriptionPlaceholder:
      'La logique sous-jacente, ainsi que l’importance et les conséquences prévues pour la personne concernée (article 13, paragraphe 2, point f))',
    criteria: 'Critères d’AIPD remplis (WP248)',
    criterionHelp: {
      evaluation_scoring:
        'Évaluer ou prédire des aspects concernant une personne, tels que le rendement au travail, la situation économique, la santé, les préférences, la fiabilité, le comportement, la localisation ou les déplacements.',
      automated_decision:
        'Décisions prises par des moyens automatisés qui produisent des effets juridiques à l’égard des personnes ou qui les affectent de manière significative de façon similaire.',
      systematic_monitoring:
        'Observer, surveiller ou contrôler des personnes, y compris au moyen de réseaux ou dans un espace accessible au public.',
      sensitive_data:
        'Catégories particulières de données (article 9), données relatives aux infractions (article 10) ou autres données à caractère hautement personnel.',
      large_scale:
        'Apprécié selon le nombre de personnes concernées, le volume et l’éventail des données, la durée et l’étendue géographique du traitement.',
      matching_combining:
        'Jeux de données issus de traitements, de finalités ou de responsables du traitement différents, combinés d’une manière à laquelle les personnes ne peuvent raisonnablement s’attendre.',
      vulnerable_subjects:
        'Personnes en situation de faiblesse vis-à-vis du responsable du traitement, comme les salariés et les enfants.',
      innovative_tech:
        'Nouvelles solutions technologiques ou organisationnelles dont les conséquences pour les personnes sont encore mal connues.',
      prevents_right:
        'Le traitement lui-même peut empêcher les personnes d’exercer un droit ou de bénéficier d’un service ou d’un contrat.',
    },
    criteriaHelp:
      'Cochez chaque critère que remplit ce traitement. À partir de {{threshold}}, une AIPD est en général requise (article 35).',
    likely_one:
      '{{count}} critère rempli : une analyse d’impact relative à la protection des données est probablement requise.',
    likely_other:
      '{{count}} critères remplis : une analyse d’impact relative à la protection des données est probablement requise.',
    unlikely_one:
      '{{count}} critère rempli : une AIPD n’est en général pas requise, sauf si le traitement figure sur la liste de votre autorité.',
    unlikely_other:
      '{{count}} critères remplis : une AIPD n’est en général pas requise, sauf si le traitement figure sur la liste de votre autorité.',
    referencePlaceholder: 'ex. AIPD-2026-03, ou l’endroit où le raisonnement est conservé',
    referenceHelp: 'Où l’AIPD, ou les raisons de ne pas en faire une, sont documentées',
  },
  systems: {
    placeholder: 'Saisissez un système et appuyez sur Entrée',
    help: 'Les applications et services utilisés par le traitement',
    locationPlaceholder: 'ex. Centre de données à Francfort (DE)',
  },
  review: {
    reviewedToday: 'Revu aujourd’hui (prochaine revue dans un an)',
  },
}
