/** The activity editor: its sections by Art. 30 point, transfers, DPIA screening, keyboard hints. */
import { DPIA_CRITERION_LIST } from '../../reference/dpia'
import type { DpiaCriterion } from '../../schemas/codes'

/** The WP248 criteria's explanations, written once in the reference data, keyed by criterion. */
function criterionHelp(): Record<DpiaCriterion, string> {
  return Object.fromEntries(DPIA_CRITERION_LIST.items.map((c) => [c.code, c.explanation])) as Record<
    DpiaCriterion,
    string
  >
}

export const editorMessages = {
  formLabel: 'Processing activity',
  controllerRecord: 'Controller record, Art. 30(1)',
  processorRecord: 'Processor record, Art. 30(2)',
  moreActions: 'More actions',
  duplicate: 'Duplicate',
  duplicated: 'Duplicated as {{reference}} (a draft)',
  copyTo: 'Copy to organisation…',
  keyboardHint: 'Enter saves · Escape leaves · Ctrl+S saves from anywhere',
  conflict: {
    title: 'Someone else saved this activity meanwhile',
    changedBy:
      'Changed by {{actor}} at {{time}} since you opened it. Reload it and make your changes again: what you typed stays in the form until you reload.',
    changed:
      'It was changed since you opened it. Reload it and make your changes again: what you typed stays in the form until you reload.',
    reload: 'Reload',
  },
  sections: {
    beyondArt30: 'Also recorded',
    about: 'The activity',
    processorData: 'Data subjects, data and recipients',
    risk: 'Automated decisions and DPIA',
    systems: 'Systems and location',
    review: 'Review and notes',
  },
  overview: {
    title: 'Sections',
    points_one: '{{filled}} of {{count}} Art. 30 point complete',
    points_other: '{{filled}} of {{count}} Art. 30 points complete',
    findings: 'Findings:',
    noFindings: 'No findings',
    /** A new activity: findings about a field wait until it is filled in or left, or Save is pressed. */
    entering: 'Findings show for a field once you have filled it in, and for all of them when you save',
  },
  about: {
    roleHelp: 'Processor: you process the data on behalf of a client (Art. 30(2) record)',
    businessFunctionPlaceholder: 'e.g. Human resources',
    ownerPlaceholder: 'e.g. HR manager',
  },
  parties: {
    controller: 'Controller',
    processor: 'Processor',
    noContact: 'No contact details in the profile',
    representativeNeeded: 'Needed: the organisation is established in {{country}}',
    notApplicable: 'Not needed (established in the EU/EEA)',
    editProfile: 'Edit the organisation profile',
    jointControllers: 'Joint controllers',
    jointControllersHelp:
      'Organisations that decide the purposes and means of this processing together with you (Art. 26)',
    controllers: 'Controllers on whose behalf you process',
    controllersHelp: 'Your clients for this processing, each with contact details in the Parties catalogue',
    pickParties: 'Pick from the parties, or create one',
  },
  purposes: {
    noneProcessor:
      'No category of processing yet. Art. 30(2)(b) requires the categories of processing carried out for each controller.',
    categoryNumber: 'Category of processing {{n}}',
    categoryPlaceholder: 'What you do for the controller, e.g. payroll calculation',
    addCategory: 'Add category of processing',
    chooseBasis: 'Choose the basis',
    interestPlaceholder: 'The interest pursued, e.g. preventing fraud',
    condition: 'Condition for special categories (Art. 9(2))',
    chooseCondition: 'Choose the condition',
    criminalBasis: 'Basis for criminal-offence data (Art. 10)',
    criminalHelp: 'The law or official authority that allows it',
    legalBasisReferencePlaceholder:
      'The law, contract or public task, e.g. Accounting Act, chapter 2, section 10',
    assessmentPlaceholder: 'Where the balancing test is recorded, e.g. LIA-2026-03',
    consentRecordPlaceholder: 'Where the consents are recorded, e.g. consent log in the CRM',
    conditionReferencePlaceholder: 'e.g. Occupational Health Care Act (1383/2001), section 12',
    conditionReferenceHelp:
      'The Union or national law this condition requires (Art. 9(2)(b), (g)–(j); Art. 10)',
    criminalPlaceholder: 'e.g. Act on background checks (1234/2002), section 5',
    addCondition: 'Add an Art. 9(2) condition to this purpose',
    addCriminalBasis: 'Add an Art. 10 basis to this purpose',
  },
  data: {
    pickSubjects: 'Pick or create categories, e.g. Employees',
    subjectsHelp: 'Whose personal data is processed',
    pickCategories: 'Pick or create categories, e.g. Contact details',
    categoriesHelp: 'Which personal data is processed; set the time limits for erasure in 30(1)(f)',
    specialNote: 'Includes {{list}}.',
    specialController: 'A purpose needs the matching Art. 9(2) condition or Art. 10 basis (30(1)(b)).',
    specialProcessor: 'The controller decides the condition that allows it.',
    noSources: 'Where the data comes from, if not only from the people themselves (optional).',
    sourceKind: 'Source {{n}}',
    sourceDescription: 'Description',
    sourcePlaceholder: 'e.g. Credit reference agency',
    addSource: 'Add source',
    removeSource: 'Remove source {{n}}',
  },
  recipients: {
    none: 'No recipients yet. List everyone the data is disclosed to, including processors.',
    party: 'Recipient {{n}}',
    pickParty: 'Pick a party, or create one',
    category: 'Or a category of recipients',
    categoryPlaceholder: 'e.g. Banks',
    purposePlaceholder: 'What the recipient receives the data for',
    internalHelp: 'A department of your own organisation, not an external body',
    remove: 'Remove recipient {{n}}',
    add: 'Add recipient',
    /** Under a recipient outside the EU/EEA: the transfer that records it (proposed from the party when it was picked). */
    transferRecorded: 'Outside the EU/EEA: recorded as transfer {{n}}, with the party’s transfer details',
  },
  transfers: {
    none: 'No transfers to third countries or international organisations.',
    recipient: 'Recipient of transfer {{n}}',
    pickRecipient: 'Pick the importer, or create it',
    toCountry: 'To a country instead',
    toOrganisation: 'To an international organisation instead',
    country: 'Country of destination',
    organisationPlaceholder: 'e.g. European Patent Organisation',
    chooseMechanism: 'Choose what the transfer relies on',
    chooseModule: 'Choose the module',
    tia: 'Transfer impact assessment done',
    tiaHelp: 'Whether the law and practice of the destination let the importer comply with the safeguards',
    safeguardsHelp: 'The assessment and safeguards, where a derogation is used',
    safeguardsRequired:
      'Required for this derogation (Art. 49(6)): the assessment and the suitable safeguards',
    remove: 'Remove transfer {{n}}',
    add: 'Add transfer',
    noteFor_one: 'For transfer {{list}}',
    noteFor_other: 'For transfers {{list}}',
    seeNote: '{{name}}: see the note at the top of the transfers.',
    mechanismGroup: {
      adequacy: 'Adequacy',
      safeguard: 'Appropriate safeguards (Art. 46)',
      derogation: 'Derogations for specific situations (Art. 49)',
      invalid: 'No longer valid',
      none: 'None',
    },
  },
  retention: {
    generalPlaceholder: 'e.g. Deleted 6 years after the end of the employment',
    generalHelp: 'Applies to all data of the activity unless a category says otherwise',
    referencePlaceholder:
      'The retention policy or schedule the periods come from, e.g. Records retention schedule 2026',
    noCategories: 'Choose the categories of personal data in 30(1)(c) to set a time limit for each.',
    perCategory: 'Time limit per category of data',
    placeholder: 'e.g. 2 years after the last purchase',
    months: 'Months',
    forCategory: 'Time limit for erasure of {{name}}',
    monthsForCategory: 'Months until erasure of {{name}}',
    fromCategory: 'From the category: {{retention}}',
    inheritedHelp: 'The category’s default applies: type to set another for this activity',
  },
  security: {
    pick: 'Pick or create measures, e.g. Encryption at rest',
    help: 'A general description is enough: name the measures, describe them in the catalogue',
  },
  processorData: {
    recipients: 'Sub-processors and other recipients',
    retention: 'Erasure or return of the data',
    retentionPlaceholder: 'e.g. Returned and deleted at the end of the contract',
  },
  risk: {
    automatedHelp:
      'Decisions based solely on automated processing with legal or similarly significant effects (Art. 22)',
    automatedDescriptionPlaceholder:
      'The logic involved, and the significance and envisaged consequences for the people (Art. 13(2)(f))',
    criteria: 'DPIA screening: criteria met (WP248)',
    /** Each WP248 criterion in a sentence under its box (shared/reference/dpia's paraphrase). */
    criterionHelp: criterionHelp(),
    criteriaHelp:
      'Tick each criterion this processing meets. {{threshold}} or more usually mean a DPIA is required (Art. 35).',
    likely_one: '{{count}} criterion met: a data protection impact assessment is likely required.',
    likely_other: '{{count}} criteria met: a data protection impact assessment is likely required.',
    unlikely_one:
      '{{count}} criterion met: a DPIA is usually not required, unless the processing is on your authority’s list.',
    unlikely_other:
      '{{count}} criteria met: a DPIA is usually not required, unless the processing is on your authority’s list.',
    referencePlaceholder: 'e.g. DPIA-2026-03, or where the reasoning is kept',
    referenceHelp: 'Where the DPIA, or the reasoning for not doing one, is documented',
  },
  systems: {
    placeholder: 'Type a system and press Enter',
    help: 'The applications and services the processing uses',
    locationPlaceholder: 'e.g. Data centre in Frankfurt (DE)',
  },
  review: {
    reviewedToday: 'Reviewed today (next review in a year)',
  },
}
