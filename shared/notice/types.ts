/**
 * The privacy notice model (GDPR Art. 13 and 14) drafted from one organisation's register: what the notice
 * tells each audience (a category of data subjects), and the gaps where the register lacks what a notice needs.
 * Facts stay codes and register text here; notice/document.ts words them in the notice's language.
 */
import type { Right } from '../reference/rights'
import type { AuthorityContact } from '../reference/authorities'
import type {
  Language,
  LegalBasis,
  Mechanism,
  SourceKind,
  SpecialCategoryCondition,
  SpecialKind,
  PartyKind,
} from '../schemas/codes'
import type { Contact, ContactPerson } from '../schemas/contact'

import { NOTICE_RECIPIENT_MODES } from '../schemas/export'

/** Recipients by their names, or by categories (a party's kind, or the category the register names). */
export type NoticeRecipientMode = (typeof NOTICE_RECIPIENT_MODES)[number]
export { NOTICE_RECIPIENT_MODES }

export interface NoticeOptions {
  lang: Language
  /** One audience (a data subject category's id), or null for a notice to every audience. */
  audienceId: string | null
  recipients: NoticeRecipientMode
  /** The day the notice is dated, `YYYY-MM-DD`. */
  date: string
}

/** Where a gap can be fixed: an activity's field (a form path of the editor) or the organisation's profile. */
export type GapPlace =
  | { kind: 'activity'; activityId: string; reference: string; name: string; field: string }
  | { kind: 'profile'; field: string }

export const NOTICE_GAP_CODES = [
  'noControllerActivities',
  'noControllerContact',
  'noDpoContact',
  'noAuthority',
  'authorityRegional',
  'noAudience',
  'noPurposes',
  'noLegalBasis',
  'noLegitimateInterest',
  'noDataCategories',
  'noRetention',
  'noSources',
  'noSourceDescription',
  'noTransferMechanism',
  'noAutomatedDecisionLogic',
] as const
export type NoticeGapCode = (typeof NOTICE_GAP_CODES)[number]

export interface NoticeGap {
  code: NoticeGapCode
  place: GapPlace
  /** What the gap concerns, in the register's words (a purpose, a data category, a country), when it helps. */
  subject: string | null
}

/** A recipient as the notice names it: a party by name, or a category. */
export interface NoticeRecipient {
  /** The party's name, or the category's words. */
  name: string
  /** Set when the recipient is a party named by its kind (category mode) or shown with it. */
  partyKind: PartyKind | null
  /** Named parties: their country. */
  country: string | null
  purpose: string | null
}

export interface NoticePurpose {
  description: string
  legalBasis: LegalBasis | null
  legitimateInterest: string | null
  specialCategoryCondition: SpecialCategoryCondition | null
  criminalDataBasis: string | null
  /** Index of the gap about its basis or interest (in Notice.gaps), or null. */
  gap: number | null
}

export interface NoticeDataCategory {
  name: string
  description: string | null
  special: SpecialKind
  /** The time limit in the register's words, or a number of months; both null with `gap`. */
  retention: string | null
  retentionMonths: number | null
  gap: number | null
}

export interface NoticeSource {
  kind: SourceKind
  description: string | null
  gap: number | null
}

export interface NoticeTransfer {
  recipient: NoticeRecipient | null
  /** A country code, or null for an international organisation. */
  country: string | null
  internationalOrganisation: string | null
  mechanism: Mechanism
  /** 'adequacy' | 'safeguard' | 'derogation'; 'none' for a missing or ended mechanism (then `gap`). */
  group: 'adequacy' | 'safeguard' | 'derogation' | 'none'
  gap: number | null
}

export interface NoticeActivity {
  id: string
  reference: string
  name: string
  description: string | null
  jointControllers: string[]
  purposes: NoticePurpose[]
  purposesGap: number | null
  dataCategories: NoticeDataCategory[]
  dataCategoriesGap: number | null
  /** Where the data comes from; an empty list with `sourcesGap` when the register does not say. */
  sources: NoticeSource[]
  sourcesGap: number | null
  /** Some data is not obtained from the person (Art. 14 applies). */
  fromElsewhere: boolean
  /** The data (or some) is collected from the person (Art. 13 applies, with 13(2)(e)). */
  fromThePerson: boolean
  recipients: NoticeRecipient[]
  transfers: NoticeTransfer[]
  automatedDecisionMaking: boolean
  /** Meaningful information about the logic, significance and consequences (Art. 13(2)(f), 14(2)(g)). */
  automatedDecisionLogic: string | null
  automatedDecisionGap: number | null
  rights: Right[]
}

export interface NoticeAudience {
  /** The data subject category's id. */
  id: string
  name: string
  description: string | null
  activities: NoticeActivity[]
}

/** A right of the notice, with the purposes it is limited to (null: it applies to everything in the notice). */
export interface NoticeRight {
  code: Right
  onlyFor: string[] | null
}

export interface NoticeAuthority {
  countryCode: string
  name: string
  abbreviation: string | null
  contact: AuthorityContact
  /** Germany: a private company's authority is the one of its Land, which the register does not name. */
  regionalGap: number | null
}

export interface Notice {
  lang: Language
  date: string
  recipientMode: NoticeRecipientMode
  controller: {
    name: string
    tradeName: string | null
    registrationNumber: string | null
    address: string | null
    email: string | null
    phone: string | null
    website: string | null
    contactGap: number | null
  }
  representative: Contact | null
  dpo: Contact | null
  dpoGap: number | null
  contactPerson: ContactPerson | null
  /** Where to write to use a right or ask for a copy of safeguards: the DPO's, the contact person's or the organisation's. */
  contact: string | null
  authority: NoticeAuthority | null
  authorityGap: number | null
  audiences: NoticeAudience[]
  rights: NoticeRight[]
  gaps: NoticeGap[]
  /** Gap of a notice that has nothing to say: no controller activity for the chosen audience. */
  emptyGap: number | null
}
