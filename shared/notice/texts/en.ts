/**
 * The fixed texts of the privacy notice in English, in plain words and the GDPR's own terms. The other
 * languages are `NoticeTexts` objects, so a missing text is a compile error. `{{name}}` marks what is filled in.
 * Codes the export labels already name (rights, special categories, mechanisms, field headings) come from
 * shared/i18n/labels, not from here.
 */
import type { Right } from '../../reference/rights'
import type { LegalBasis, PartyKind, SourceKind } from '../../schemas/codes'
import type { NoticeGapCode } from '../types'

export const noticeTextsEn = {
  title: 'Privacy notice',
  titleFor: 'Privacy notice for {{audience}}',
  updated: 'Last updated: {{date}}',
  intro:
    'This notice explains how {{controller}} uses personal data about you and what rights you have. ' +
    'It gives the information required by Articles 13 and 14 of the General Data Protection Regulation (GDPR).',
  writtenFor: 'It is for: {{audiences}}.',
  contents: 'Contents',
  summary: {
    heading: 'In short',
    controller: 'Who is responsible',
    dpo: 'Data protection officer',
    purposes: 'What we use your data for: {{purposes}}.',
    recipients: 'It is disclosed to: {{recipients}}.',
    noRecipients: 'We do not disclose it to other recipients.',
    transfers: 'Some of it is transferred outside the EU/EEA: {{destinations}}.',
    noTransfers: 'It is not transferred outside the EU/EEA.',
    rights: 'Your rights: {{rights}}.',
    complaint: 'You can also complain to {{authority}}.',
    objection:
      'Right to object: you can object at any time to our use of your data for {{purposes}}, on grounds relating ' +
      'to your particular situation; to direct marketing you can always object.',
    details: 'The details follow below.',
  },
  controller: {
    heading: 'Who is responsible for your data',
    intro: '{{controller}} is the controller: it decides why and how your personal data is processed.',
    representative: 'Our representative in the EU (Article 27 GDPR)',
    dpo: 'Our data protection officer',
    contactPerson: 'Contact for privacy questions',
  },
  audience: {
    intro: 'This part is for: {{audience}}.',
  },
  activity: {
    purposes: 'What we use your data for, and on what basis',
    basis: 'lawful basis: {{basis}} ({{article}})',
    legitimateInterest: 'Our legitimate interest: {{interest}}',
    specialCondition: 'For special categories of data we rely on {{article}}: {{condition}}',
    criminalBasis: 'For data on criminal convictions and offences we rely on: {{basis}}',
    jointControllers:
      'We are responsible for this processing together with {{parties}} (joint controllers). You can ask us for the ' +
      'essence of our arrangement, and you can use your rights against each of us.',
    data: 'The personal data we use, and how long we keep it',
    special: '{{name}} (special category: {{kind}})',
    sources: 'Where the data comes from',
    required: 'Do you have to give us the data?',
    recipients: 'Who receives the data',
    noRecipients: 'We do not disclose this data to other recipients.',
    recipientPurpose: '{{recipient}}, for: {{purpose}}',
    transfers: 'Transfers outside the EU/EEA',
    noTransfers: 'We do not transfer this data outside the EU/EEA.',
    automated: 'Automated decisions',
    automatedYes: 'We make decisions about you based solely on automated processing, including profiling.',
    automatedLogic: 'How it works, and what it means for you: {{logic}}',
    automatedNo: 'We do not make decisions about you based solely on automated processing.',
  },
  basis: {
    '6_1_a': 'your consent',
    '6_1_b': 'a contract with you, or steps you asked for before entering into one',
    '6_1_c': 'a legal obligation we are subject to',
    '6_1_d': 'protecting your vital interests or those of another person',
    '6_1_e': 'a task carried out in the public interest or in the exercise of official authority',
    '6_1_f': 'our legitimate interests or those of a third party',
  } satisfies Record<LegalBasis, string>,
  /** Art. 13(2)(e): whether giving the data is a statutory or contractual requirement, and what follows if not. */
  requirement: {
    '6_1_a': 'Giving your consent is voluntary. If you do not give it, we do not use your data for this.',
    '6_1_b':
      'You need to give us the data to enter into or carry out the contract with you. Without it we cannot conclude or perform the contract.',
    '6_1_c':
      'The law requires us to collect the data (a statutory requirement). Without it we cannot meet our legal obligation.',
    '6_1_d': 'You are not obliged to give us the data.',
    '6_1_e':
      'Whether you are obliged to give us the data follows from the law that gives us this task. Ask us if you are unsure.',
    '6_1_f': 'You are not obliged to give us the data.',
  } satisfies Record<LegalBasis, string>,
  requirementFor: 'For {{purposes}}: {{requirement}}',
  source: {
    data_subject: 'From you',
    third_party: 'From others',
    public: 'From publicly accessible sources',
    generated: 'We create it ourselves',
  } satisfies Record<SourceKind, string>,
  recipientKind: {
    processor: 'Service providers who process the data on our behalf (processors)',
    sub_processor: 'Service providers who process the data on our behalf (processors)',
    joint_controller: 'Organisations jointly responsible with us (joint controllers)',
    independent_controller: 'Other organisations that use the data for their own purposes',
    public_authority: 'Public authorities',
    client_controller: 'Other organisations that use the data for their own purposes',
    other: 'Other recipients',
  } satisfies Record<PartyKind, string>,
  someRecipient: 'A recipient',
  transfer: {
    to: '{{recipient}} in {{destination}}',
    adequacy: 'the European Commission has decided that the protection there is adequate ({{article}}).',
    safeguard:
      'protected by {{mechanism}} ({{article}}). You can get a copy of these safeguards from us: {{contact}}.',
    derogation:
      'there is no adequacy decision or appropriate safeguard; the transfer is allowed as an exception for a specific situation: {{mechanism}} ({{article}}).',
    askUs: 'write to us',
  },
  retention: {
    month: '1 month',
    months: '{{n}} months',
    year: '1 year',
    years: '{{n}} years',
  },
  rights: {
    heading: 'Your rights',
    intro: 'You have these rights. To use them, contact us: {{contact}}. We answer within one month.',
    introNoContact: 'You have these rights. To use them, contact us.',
    onlyFor: 'This applies to: {{purposes}}.',
  },
  rightText: {
    access:
      'You can ask whether we process data about you, and get a copy of it with information on how we use it.',
    rectification: 'You can have inaccurate data about you corrected, and incomplete data completed.',
    erasure:
      'You can ask us to erase your data, for example when we no longer need it or when you withdraw your consent.',
    restriction:
      'You can ask us to restrict the use of your data, for example while we check whether it is accurate.',
    portability:
      'You can receive the data you gave us in a structured, commonly used and machine-readable format, and have it sent to another organisation.',
    objection:
      'You can object at any time, on grounds relating to your particular situation, to processing based on our legitimate ' +
      'interests or on a task in the public interest. You can always object to direct marketing.',
    withdrawConsent:
      'You can withdraw your consent at any time. This does not affect what we did on the basis of your consent before.',
    automatedDecision:
      'You have the right not to be subject to a decision based solely on automated processing that significantly affects you. ' +
      'You can ask for a person to review such a decision, give your point of view and contest it.',
    complaint:
      'You can lodge a complaint with a supervisory authority, in particular in the EU/EEA country where you live or work or ' +
      'where you think the infringement took place.',
  } satisfies Record<Right, string>,
  authority: {
    heading: 'Right to lodge a complaint',
    intro: 'Our lead supervisory authority is:',
    website: 'Website',
    address: 'Address',
    complaintPage: 'How to complain',
  },
  changes: {
    heading: 'Changes to this notice',
    text: 'We update this notice when our use of personal data changes. This version is dated {{date}}.',
  },
  /** Said in the draft where the register lacks what the notice needs. */
  gap: {
    noControllerActivities:
      'Missing in the register: an activity of ours as controller that concerns these people.',
    noControllerContact: 'Missing in the register: our address, email or telephone.',
    noDpoContact: 'Missing in the register: how to contact our data protection officer.',
    noAuthority: 'Missing in the register: our lead supervisory authority.',
    authorityRegional:
      'To be completed: a private company in Germany names the data protection authority of its Land; the federal commissioner is shown.',
    noAudience: 'Missing in the register: whom this processing concerns.',
    noPurposes: 'Missing in the register: the purposes of this processing.',
    noLegalBasis: 'Missing in the register: the lawful basis of this purpose.',
    noLegitimateInterest: 'Missing in the register: the legitimate interest pursued.',
    noDataCategories: 'Missing in the register: the categories of personal data.',
    noRetention: 'Missing in the register: how long this data is kept.',
    noSources: 'Missing in the register: where the data comes from.',
    noSourceDescription: 'Missing in the register: which source this is.',
    noTransferMechanism: 'Missing in the register: a valid transfer mechanism for this transfer.',
    noAutomatedDecisionLogic:
      'Missing in the register: meaningful information about the logic involved and its consequences for you.',
  } satisfies Record<NoticeGapCode, string>,
  otherProcessing: 'Processing without an audience',
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type NoticeTexts = Widen<typeof noticeTextsEn>
