/** Les textes fixes de la politique de confidentialité en français, dans les termes de la version française du RGPD. */
import type { NoticeTexts } from './en'

export const noticeTextsFr: NoticeTexts = {
  title: 'Politique de confidentialité',
  titleFor: 'Politique de confidentialité : {{audience}}',
  updated: 'Dernière mise à jour : {{date}}',
  intro:
    'Ce document explique comment {{controller}} traite les données personnelles qui vous concernent et quels sont vos droits. ' +
    'Il contient les informations exigées par les articles 13 et 14 du règlement général sur la protection des données (RGPD).',
  writtenFor: 'Il s’adresse à : {{audiences}}.',
  contents: 'Sommaire',
  summary: {
    heading: 'En bref',
    controller: 'Responsable du traitement',
    dpo: 'Délégué à la protection des données',
    purposes: 'Nous utilisons vos données pour : {{purposes}}.',
    recipients: 'Elles sont communiquées à : {{recipients}}.',
    noRecipients: 'Nous ne les communiquons à aucun autre destinataire.',
    transfers: 'Une partie est transférée hors de l’UE/EEE : {{destinations}}.',
    noTransfers: 'Elles ne sont pas transférées hors de l’UE/EEE.',
    rights: 'Vos droits : {{rights}}.',
    complaint: 'Vous pouvez aussi adresser une réclamation à : {{authority}}.',
    objection:
      'Droit d’opposition : vous pouvez à tout moment, pour des raisons tenant à votre situation particulière, vous opposer au ' +
      'traitement de vos données pour : {{purposes}}. Vous pouvez toujours vous opposer à la prospection.',
    details: 'Le détail figure ci-dessous.',
  },
  controller: {
    heading: 'Qui est responsable de vos données',
    intro:
      '{{controller}} est le responsable du traitement : nous déterminons les finalités et les moyens du traitement de vos données personnelles.',
    representative: 'Notre représentant dans l’UE (article 27 du RGPD)',
    dpo: 'Notre délégué à la protection des données',
    contactPerson: 'Contact pour les questions de protection des données',
  },
  audience: {
    intro: 'Cette partie s’adresse à : {{audience}}.',
  },
  activity: {
    purposes: 'Pourquoi nous utilisons vos données, et sur quelle base juridique',
    basis: 'base juridique : {{basis}} ({{article}})',
    legitimateInterest: 'Notre intérêt légitime : {{interest}}',
    specialCondition:
      'Pour les catégories particulières de données, nous nous fondons sur l’{{article}} : {{condition}}',
    criminalBasis:
      'Pour les données relatives aux condamnations pénales et aux infractions, nous nous fondons sur : {{basis}}',
    jointControllers:
      'Nous sommes responsables conjoints de ce traitement avec {{parties}}. Vous pouvez nous demander les grandes lignes de notre ' +
      'accord, et exercer vos droits à l’égard de chacun de nous.',
    data: 'Les données personnelles que nous utilisons, et combien de temps nous les conservons',
    special: '{{name}} (catégorie particulière : {{kind}})',
    sources: 'D’où viennent les données',
    required: 'Devez-vous nous fournir les données ?',
    recipients: 'Qui reçoit les données',
    noRecipients: 'Nous ne communiquons pas ces données à d’autres destinataires.',
    recipientPurpose: '{{recipient}}, pour : {{purpose}}',
    transfers: 'Transferts hors de l’UE/EEE',
    noTransfers: 'Nous ne transférons pas ces données hors de l’UE/EEE.',
    automated: 'Décisions automatisées',
    automatedYes:
      'Nous prenons des décisions vous concernant fondées exclusivement sur un traitement automatisé, y compris le profilage.',
    automatedLogic: 'Comment cela fonctionne, et ce que cela signifie pour vous : {{logic}}',
    automatedNo:
      'Nous ne prenons pas de décisions vous concernant fondées exclusivement sur un traitement automatisé.',
  },
  basis: {
    '6_1_a': 'votre consentement',
    '6_1_b': 'un contrat conclu avec vous, ou des mesures précontractuelles prises à votre demande',
    '6_1_c': 'une obligation légale à laquelle nous sommes soumis',
    '6_1_d': 'la sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne',
    '6_1_e': 'une mission d’intérêt public ou l’exercice de l’autorité publique',
    '6_1_f': 'nos intérêts légitimes ou ceux d’un tiers',
  },
  requirement: {
    '6_1_a':
      'Donner votre consentement est facultatif. Si vous ne le donnez pas, nous n’utilisons pas vos données à cette fin.',
    '6_1_b':
      'Les données sont nécessaires pour conclure ou exécuter le contrat avec vous. Sans elles, nous ne pouvons pas conclure ni exécuter le contrat.',
    '6_1_c':
      'La loi nous oblige à collecter ces données (exigence réglementaire). Sans elles, nous ne pouvons pas respecter notre obligation légale.',
    '6_1_d': 'Vous n’êtes pas obligé de nous fournir les données.',
    '6_1_e':
      'La loi qui nous confie cette mission détermine si vous êtes obligé de nous fournir les données. Interrogez-nous en cas de doute.',
    '6_1_f': 'Vous n’êtes pas obligé de nous fournir les données.',
  },
  requirementFor: 'Pour {{purposes}} : {{requirement}}',
  source: {
    data_subject: 'Auprès de vous',
    third_party: 'Auprès d’autres personnes ou organismes',
    public: 'De sources accessibles au public',
    generated: 'Nous les produisons nous-mêmes',
  },
  recipientKind: {
    processor: 'Prestataires qui traitent les données pour notre compte (sous-traitants)',
    sub_processor: 'Prestataires qui traitent les données pour notre compte (sous-traitants)',
    joint_controller: 'Organismes responsables conjoints avec nous',
    independent_controller: 'Autres organismes qui utilisent les données pour leurs propres finalités',
    public_authority: 'Autorités publiques',
    client_controller: 'Autres organismes qui utilisent les données pour leurs propres finalités',
    other: 'Autres destinataires',
  },
  someRecipient: 'Un destinataire',
  transfer: {
    to: '{{recipient}} ({{destination}})',
    adequacy: 'la Commission européenne a constaté que le niveau de protection y est adéquat ({{article}}).',
    safeguard:
      'encadré par {{mechanism}} ({{article}}). Vous pouvez obtenir une copie de ces garanties auprès de nous : {{contact}}.',
    derogation:
      'il n’existe ni décision d’adéquation ni garanties appropriées ; le transfert est permis à titre dérogatoire pour une situation particulière : {{mechanism}} ({{article}}).',
    askUs: 'écrivez-nous',
  },
  retention: {
    month: '1 mois',
    months: '{{n}} mois',
    year: '1 an',
    years: '{{n}} ans',
  },
  rights: {
    heading: 'Vos droits',
    intro:
      'Vous disposez des droits suivants. Pour les exercer, contactez-nous : {{contact}}. Nous répondons dans un délai d’un mois.',
    introNoContact: 'Vous disposez des droits suivants. Pour les exercer, contactez-nous.',
    onlyFor: 'S’applique à : {{purposes}}.',
  },
  rightText: {
    access:
      'Vous pouvez savoir si nous traitons des données vous concernant et en obtenir une copie, avec des informations sur leur utilisation.',
    rectification:
      'Vous pouvez faire rectifier les données inexactes vous concernant et compléter les données incomplètes.',
    erasure:
      'Vous pouvez nous demander d’effacer vos données, par exemple lorsque nous n’en avons plus besoin ou que vous retirez votre consentement.',
    restriction:
      'Vous pouvez nous demander de limiter le traitement de vos données, par exemple pendant que nous vérifions leur exactitude.',
    portability:
      'Vous pouvez recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, et les faire transmettre à un autre organisme.',
    objection:
      'Vous pouvez à tout moment, pour des raisons tenant à votre situation particulière, vous opposer à un traitement fondé sur nos ' +
      'intérêts légitimes ou sur une mission d’intérêt public. Vous pouvez toujours vous opposer à la prospection.',
    withdrawConsent:
      'Vous pouvez retirer votre consentement à tout moment. Cela ne remet pas en cause le traitement effectué avant le retrait.',
    automatedDecision:
      'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé qui vous affecte de manière significative. ' +
      'Vous pouvez obtenir une intervention humaine, exprimer votre point de vue et contester la décision.',
    complaint:
      'Vous pouvez introduire une réclamation auprès d’une autorité de contrôle, notamment dans le pays de l’UE/EEE où vous résidez ou ' +
      'travaillez, ou dans celui où vous pensez que la violation a eu lieu.',
  },
  authority: {
    heading: 'Droit d’introduire une réclamation',
    intro: 'Notre autorité de contrôle chef de file est :',
    website: 'Site internet',
    address: 'Adresse',
    complaintPage: 'Comment adresser une réclamation',
  },
  changes: {
    heading: 'Modifications de ce document',
    text: 'Nous mettons ce document à jour lorsque notre utilisation des données personnelles change. Cette version est datée du {{date}}.',
  },
  gap: {
    noControllerActivities:
      'Non renseigné dans le registre : un traitement dont nous sommes responsables et qui concerne ces personnes.',
    noControllerContact: 'Non renseigné dans le registre : notre adresse, notre e-mail ou notre téléphone.',
    noDpoContact:
      'Non renseigné dans le registre : les coordonnées de notre délégué à la protection des données.',
    noAuthority: 'Non renseigné dans le registre : notre autorité de contrôle chef de file.',
    authorityRegional:
      'À compléter : en Allemagne, une entreprise privée indique l’autorité de protection des données de son Land ; l’autorité fédérale est affichée.',
    noAudience: 'Non renseigné dans le registre : les personnes concernées par ce traitement.',
    noPurposes: 'Non renseigné dans le registre : les finalités du traitement.',
    noLegalBasis: 'Non renseigné dans le registre : la base juridique de cette finalité.',
    noLegitimateInterest: 'Non renseigné dans le registre : l’intérêt légitime poursuivi.',
    noDataCategories: 'Non renseigné dans le registre : les catégories de données personnelles.',
    noRetention: 'Non renseigné dans le registre : la durée de conservation de ces données.',
    noSources: 'Non renseigné dans le registre : la source des données.',
    noSourceDescription: 'Non renseigné dans le registre : de quelle source il s’agit.',
    noTransferMechanism: 'Non renseigné dans le registre : un fondement valable pour ce transfert.',
    noAutomatedDecisionLogic:
      'Non renseigné dans le registre : des informations utiles sur la logique sous-jacente et ses conséquences pour vous.',
  },
  otherProcessing: 'Traitements sans public cible',
}
