/**
 * English labels for the exports (and later the UI): every code of shared/schemas/codes.ts, the Art. 30
 * point headings, the register's field headings and the export texts. The other languages are `Labels`
 * objects, so a missing key is a type error. Article numbers are not repeated here: cite them with ./cite.
 */
import type { Art30Key } from '../../reference/art30'
import { adequacyFor, type TransferStatus } from '../../reference/adequacy'
import { DPIA_MANDATORY_CASES } from '../../reference/dpia'
import type { CoverageProblem, CoverageVerdict } from '../../checks/coverage'
import { RECORD_NAMES } from '../../reference/record-names'
import type { Right } from '../../reference/rights'
import type {
  DpiaCriterion,
  DpiaStatus,
  LegalBasis,
  Mechanism,
  PartyKind,
  Role,
  SCC_MODULES,
  SecurityMeasureKind,
  SourceKind,
  SpecialCategoryCondition,
  SpecialKind,
  Status,
} from '../../schemas/codes'

/** Severity of a compliance finding (docs/architecture.md, Checks). */
export type FindingSeverity = 'error' | 'warning' | 'info'
export type SccModule = (typeof SCC_MODULES)[number]

const names = RECORD_NAMES.items.en

/** The adequacy decisions that cover only some recipients, whose scope a finding quotes. */
export type PartialAdequacy = 'CA' | 'JP' | 'KR' | 'US'

const scopeNote = (country: PartialAdequacy) => {
  const decision = adequacyFor(country)
  if (decision === null) throw new Error(`No adequacy decision for ${country}`)
  return decision.scopeNote
}

const caseLabel = (key: string) => {
  const found = DPIA_MANDATORY_CASES.items.find((c) => c.key === key)
  if (found === undefined) throw new Error(`No Art. ${key} case`)
  return found.label
}

export const labelsEn = {
  codes: {
    role: {
      controller: 'Controller',
      joint_controller: 'Joint controller',
      processor: 'Processor',
    } satisfies Record<Role, string>,
    status: {
      draft: 'Draft',
      active: 'Active',
      retired: 'Retired',
    } satisfies Record<Status, string>,
    legalBasis: {
      '6_1_a': 'Consent',
      '6_1_b': 'Contract',
      '6_1_c': 'Legal obligation',
      '6_1_d': 'Vital interests',
      '6_1_e': 'Public task',
      '6_1_f': 'Legitimate interests',
    } satisfies Record<LegalBasis, string>,
    specialCategoryCondition: {
      '9_2_a': 'Explicit consent',
      '9_2_b': 'Employment, social security and social protection law',
      '9_2_c': 'Vital interests, data subject incapable of consent',
      '9_2_d': 'Not-for-profit body with a political, philosophical, religious or trade-union aim',
      '9_2_e': 'Manifestly made public by the data subject',
      '9_2_f': 'Legal claims or courts',
      '9_2_g': 'Substantial public interest',
      '9_2_h': 'Preventive or occupational medicine, health or social care',
      '9_2_i': 'Public health',
      '9_2_j': 'Archiving, research or statistics',
    } satisfies Record<SpecialCategoryCondition, string>,
    specialKind: {
      none: 'None',
      racial_ethnic_origin: 'Racial or ethnic origin',
      political_opinions: 'Political opinions',
      religious_philosophical_beliefs: 'Religious or philosophical beliefs',
      trade_union_membership: 'Trade union membership',
      genetic: 'Genetic data',
      biometric: 'Biometric data for uniquely identifying a person',
      health: 'Data concerning health',
      sex_life_orientation: 'Sex life or sexual orientation',
      criminal: 'Criminal convictions and offences',
      national_id: 'National identification number',
    } satisfies Record<SpecialKind, string>,
    partyKind: {
      processor: 'Processor',
      sub_processor: 'Sub-processor',
      joint_controller: 'Joint controller',
      independent_controller: 'Independent controller',
      public_authority: 'Public authority',
      client_controller: 'Controller (client)',
      other: 'Other',
    } satisfies Record<PartyKind, string>,
    securityMeasureKind: {
      access_control: 'Access control',
      encryption: 'Encryption',
      pseudonymisation: 'Pseudonymisation',
      backup: 'Backup and restore',
      logging: 'Logging',
      network: 'Network security',
      physical: 'Physical security',
      organisational: 'Organisational measures',
      testing: 'Testing and evaluation',
      other: 'Other',
    } satisfies Record<SecurityMeasureKind, string>,
    sourceKind: {
      data_subject: 'The data subject',
      third_party: 'Third party',
      public: 'Publicly accessible source',
      generated: 'Generated or derived',
    } satisfies Record<SourceKind, string>,
    mechanism: {
      ADEQ: 'Adequacy decision',
      A46_2_a: 'Legally binding instrument between public authorities',
      A46_2_b: 'Binding corporate rules',
      A46_2_c: 'Standard contractual clauses (2021/914)',
      A46_2_d: 'Standard data protection clauses adopted by a supervisory authority',
      A46_2_e: 'Approved code of conduct',
      A46_2_f: 'Approved certification mechanism',
      A46_3_a: 'Ad hoc contractual clauses',
      A46_3_b: 'Administrative arrangement between public authorities',
      A49_1_a: 'Explicit consent (derogation)',
      A49_1_b: 'Contract with the data subject (derogation)',
      A49_1_c: "Contract in the data subject's interest (derogation)",
      A49_1_d: 'Important reasons of public interest (derogation)',
      A49_1_e: 'Legal claims (derogation)',
      A49_1_f: 'Vital interests (derogation)',
      A49_1_g: 'Public register (derogation)',
      A49_1_2: 'Compelling legitimate interests (derogation)',
      PRIVACY_SHIELD: 'EU-US Privacy Shield (invalid)',
      SAFE_HARBOUR: 'Safe Harbour (invalid)',
      SCC_LEGACY: 'Old standard contractual clauses (invalid)',
      NONE: 'No safeguard',
    } satisfies Record<Mechanism, string>,
    sccModule: {
      1: 'Module 1: controller to controller',
      2: 'Module 2: controller to processor',
      3: 'Module 3: processor to processor',
      4: 'Module 4: processor to controller',
    } satisfies Record<SccModule, string>,
    dpiaStatus: {
      not_assessed: 'Not assessed',
      not_required: 'Not required',
      required: 'Required',
      in_progress: 'In progress',
      completed: 'Completed',
    } satisfies Record<DpiaStatus, string>,
    dpiaCriterion: {
      evaluation_scoring: 'Evaluation or scoring, including profiling',
      automated_decision: 'Automated decision-making with legal or similar significant effect',
      systematic_monitoring: 'Systematic monitoring',
      sensitive_data: 'Sensitive data or data of a highly personal nature',
      large_scale: 'Data processed on a large scale',
      matching_combining: 'Matching or combining datasets',
      vulnerable_subjects: 'Data concerning vulnerable data subjects',
      innovative_tech: 'Innovative use or applying new technological or organisational solutions',
      prevents_right: 'Prevents data subjects from exercising a right or using a service or a contract',
    } satisfies Record<DpiaCriterion, string>,
    transferStatus: {
      eea: 'EU/EEA',
      adequate: 'Adequacy decision',
      adequate_partial: 'Adequacy decision (partial)',
      third_country: 'Third country without adequacy decision',
    } satisfies Record<TransferStatus, string>,
    /**
     * Whether a transfer's mechanism covers it (shared/checks/coverage.ts), for the transfers table: the
     * verdict, or for a mechanism that does not cover it "No" with the reason the checks report.
     */
    coverage: {
      not_needed: 'Not needed: within the EU/EEA',
      covered: 'Yes',
      within_scope_only: 'Only for recipients within the scope of the decision',
      MECHANISM_INVALID: 'No: not valid since {{date}}',
      TRANSFER_NO_MECHANISM: 'No: no transfer mechanism',
      TRANSFER_NO_ADEQUACY: 'No: no adequacy decision in force for the destination',
      TRANSFER_US_RECIPIENT_UNKNOWN:
        'No: the recipient is not named, and the decision covers only certified organisations',
      TRANSFER_US_NOT_DPF: 'No: the recipient is not certified under the EU-US Data Privacy Framework',
    } satisfies Record<
      Exclude<CoverageVerdict, 'not_covered'> | Exclude<CoverageProblem, 'TRANSFER_ADEQUACY_SCOPE'>,
      string
    >,
    /** Who a partial adequacy decision covers (shared/reference/adequacy.ts), as findings quote it. */
    adequacyScope: {
      CA: scopeNote('CA'),
      JP: scopeNote('JP'),
      KR: scopeNote('KR'),
      US: scopeNote('US'),
    } satisfies Record<PartialAdequacy, string>,
    /** The Art. 35(3) cases that always need a DPIA (shared/reference/dpia.ts). */
    dpiaMandatoryCase: {
      '35(3)(a)': caseLabel('35(3)(a)'),
      '35(3)(b)': caseLabel('35(3)(b)'),
      '35(3)(c)': caseLabel('35(3)(c)'),
    },
    severity: {
      error: 'Error',
      warning: 'Warning',
      info: 'Information',
    } satisfies Record<FindingSeverity, string>,
    right: {
      access: 'Right of access',
      rectification: 'Right to rectification',
      erasure: 'Right to erasure',
      restriction: 'Right to restriction of processing',
      portability: 'Right to data portability',
      objection: 'Right to object',
      withdrawConsent: 'Right to withdraw consent',
      automatedDecision: 'Right not to be subject to a decision based solely on automated processing',
      complaint: 'Right to lodge a complaint with a supervisory authority',
    } satisfies Record<Right, string>,
  },
  values: {
    yes: 'Yes',
    no: 'No',
    notRecorded: 'Not recorded',
    none: 'None',
    /** In the Art. 9 row of an activity processing special categories when no purpose names a condition. */
    noConditionRecorded: 'Special categories of personal data are processed, but no condition is recorded',
    /** In the Art. 10 row of an activity processing criminal-offence data when no purpose names a basis. */
    noCriminalBasisRecorded:
      'Data relating to criminal convictions and offences is processed, but no basis is recorded',
    /** A time limit given in months only. */
    retentionMonths: '{{months}} months',
    /** After a time limit an activity takes from the category of data: "6 years (the category’s default)". */
    retentionFromCategory: 'the category’s default',
  },
  art30: {
    '30(1)(a)': 'Name and contact details of the controller',
    '30(1)(b)': 'Purposes of the processing',
    '30(1)(c)': 'Categories of data subjects and of personal data',
    '30(1)(d)': 'Categories of recipients',
    '30(1)(e)': 'Transfers to third countries or international organisations',
    '30(1)(f)': 'Time limits for erasure',
    '30(1)(g)': 'Technical and organisational security measures',
    '30(2)(a)': 'Name and contact details of the processor and of each controller',
    '30(2)(b)': 'Categories of processing carried out on behalf of each controller',
    '30(2)(c)': 'Transfers to third countries or international organisations',
    '30(2)(d)': 'Technical and organisational security measures',
  } satisfies Record<Art30Key, string>,
  fields: {
    organisation: {
      name: 'Name',
      tradeName: 'Trade name',
      registrationNumber: 'Registration number',
      country: 'Country',
      address: 'Address',
      email: 'Email',
      phone: 'Telephone',
      website: 'Website',
      employeeCount: 'Number of employees',
      representative: 'Representative',
      dpo: 'Data protection officer',
      contactPerson: 'Contact person',
      contactRole: 'Role of the contact person',
      supervisoryAuthority: 'Supervisory authority',
      language: 'Language',
    },
    contact: {
      name: 'Name',
      address: 'Address',
      email: 'Email',
      phone: 'Telephone',
      role: 'Role',
    },
    party: {
      name: 'Name',
      kind: 'Type',
      country: 'Country',
      address: 'Address',
      email: 'Email',
      website: 'Website',
      dpfCertified: 'Certified under the EU-US Data Privacy Framework',
      dpaReference: 'Data processing agreement',
      dpaSignedOn: 'Data processing agreement signed on',
      notes: 'Notes',
      transferMechanism: 'Transfer mechanism in its contract',
      sccModule: 'SCC module in its contract',
      transferImpactAssessment: 'Transfer impact assessment done',
      dpfCheckedOn: 'DPF certification checked on',
      libraryVendorId: 'From the vendor library',
    },
    dataSubjectCategory: {
      name: 'Category of data subjects',
      description: 'Description',
      vulnerable: 'Vulnerable',
    },
    dataCategory: {
      name: 'Category of personal data',
      description: 'Description',
      special: 'Special category',
      defaultRetention: 'Default time limit for erasure',
      defaultRetentionMonths: 'Default time limit for erasure (months)',
    },
    securityMeasure: {
      kind: 'Type',
      name: 'Measure',
      description: 'Description',
    },
    activity: {
      /** The CSV's first column: which record (Art. 30(1) or 30(2)) the row belongs to. */
      record: 'Record',
      reference: 'Reference',
      name: 'Processing activity',
      role: 'Role',
      status: 'Status',
      businessFunction: 'Business function',
      owner: 'Owner',
      description: 'Description',
      purposes: 'Purposes of the processing',
      purpose: 'Purpose',
      legalBasis: 'Lawful basis',
      legitimateInterest: 'Legitimate interests pursued',
      specialCategoryCondition: 'Condition for special categories of personal data',
      criminalDataBasis: 'Basis for criminal convictions and offences data',
      dataSubjectCategories: 'Categories of data subjects',
      dataCategories: 'Categories of personal data',
      specialCategories: 'Special categories of personal data',
      criminalData: 'Personal data relating to criminal convictions and offences',
      nationalIds: 'National identification numbers',
      retention: 'Time limit for erasure',
      retentionMonths: 'Time limit for erasure (months)',
      generalRetention: 'General retention rule',
      sources: 'Sources of the personal data',
      recipients: 'Recipients',
      recipientCategory: 'Category of recipients',
      recipientPurpose: 'Purpose of the disclosure',
      jointControllers: 'Joint controllers',
      controllers: 'Controllers on whose behalf the processor acts',
      transfers: 'Transfers to third countries or international organisations',
      transferRecipient: 'Recipient',
      country: 'Third country',
      internationalOrganisation: 'International organisation',
      mechanism: 'Transfer mechanism',
      mechanismArticle: 'GDPR provision',
      mechanismCovers: 'Mechanism covers this transfer',
      sccModule: 'SCC module',
      safeguardDocumentation: 'Documentation of suitable safeguards',
      transferImpactAssessment: 'Transfer impact assessment',
      securityMeasures: 'Technical and organisational security measures',
      automatedDecisionMaking: 'Automated decision-making, including profiling',
      dpia: 'Data protection impact assessment',
      dpiaStatus: 'DPIA status',
      dpiaCriteria: 'DPIA criteria met (WP248)',
      dpiaReference: 'DPIA reference',
      dpiaRequired: 'DPIA required',
      systems: 'Systems used',
      dataLocation: 'Location of the personal data',
      legalBasisReference: 'Law or contract relied on',
      legitimateInterestAssessment: 'Record of the legitimate interests assessment',
      consentRecord: 'Record of consent',
      conditionReference: 'National law provision relied on',
      internalRecipient: 'Internal recipient',
      automatedDecisionMakingDescription:
        'Logic involved and envisaged consequences of automated decision-making',
      retentionReference: 'Retention policy or schedule',
      rightsAvailable: 'Rights available to data subjects',
      createdOn: 'Record created on',
      changedOn: 'Last changed on',
      lastReviewedOn: 'Last reviewed on',
      nextReviewDue: 'Next review due',
      notes: 'Notes',
    },
    finding: {
      severity: 'Severity',
      article: 'Article',
      message: 'Finding',
      activity: 'Processing activity',
      entity: 'Concerns',
    },
  },
  sheets: {
    cover: 'Cover',
    controllerRecord: 'Controller record',
    processorRecord: 'Processor record',
    parties: 'Parties',
    transfers: 'Transfers',
    securityMeasures: 'Security measures',
    findings: 'Findings',
  },
  document: {
    asOf: 'Register as it stood on',
    /** The official name of the record in this language (shared/reference/record-names.ts). */
    recordName: names.record,
    controllerRecord: 'Controller record',
    processorRecord: 'Processor record',
    recordOf: `${names.record} of {{organisation}}`,
    note:
      'This document is the record of processing activities kept under Article 30 of the General Data ' +
      'Protection Regulation (EU) 2016/679.',
    organisation: 'Organisation',
    exportDate: 'Export date',
    appVersion: 'Application version',
    exportLanguage: 'Language of the export',
    page: 'Page {{page}} of {{pages}}',
    tableOfContents: 'Contents',
    annexes: 'Annexes',
    activity: 'Activity {{reference}}',
    generatedBy: 'Generated by ROPA {{version}} on {{date}}',
    activities: 'Processing activities',
    usedIn: 'Used in processing activities',
    destinationStatus: 'Status of the destination',
    contactDetails: 'Contact details',
    generalInformation: 'General information',
    furtherInformation: 'Further information',
    activityCount: 'Number of processing activities',
    /** The hidden data sheet's note for people who unhide it. */
    appDataNote:
      'The register as ROPA exported it, so that ROPA can import this workbook again exactly. Changes made here ' +
      'are not read back.',
  },
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Labels = Widen<typeof labelsEn>
