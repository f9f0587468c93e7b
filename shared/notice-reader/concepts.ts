/**
 * The reader's concept keys: what a notice can say, independent of its wording. Each language's lexicon
 * maps its words onto these keys and names them in that language (the names become catalogue entries).
 */
import type { SpecialKind } from '../schemas/codes'

export const DATA_CATEGORY_KEYS = [
  'identity',
  'contact',
  'account',
  'payment',
  'purchase',
  'technical',
  'location',
  'communications',
  'professional',
  'health',
  'national_id',
  'criminal',
  'images',
  'preferences',
] as const
export type DataCategoryKey = (typeof DATA_CATEGORY_KEYS)[number]

/** The register's special kind of each data category (Art. 9, Art. 10, national identification numbers). */
export const DATA_CATEGORY_SPECIAL: Record<DataCategoryKey, SpecialKind> = {
  identity: 'none',
  contact: 'none',
  account: 'none',
  payment: 'none',
  purchase: 'none',
  technical: 'none',
  location: 'none',
  communications: 'none',
  professional: 'none',
  health: 'health',
  national_id: 'national_id',
  criminal: 'criminal',
  images: 'none',
  preferences: 'none',
}

export const SUBJECT_KEYS = [
  'customers',
  'prospects',
  'visitors',
  'users',
  'employees',
  'job_applicants',
  'business_contacts',
  'subscribers',
  'patients',
  'members',
] as const
export type SubjectKey = (typeof SUBJECT_KEYS)[number]

/** What a group of purposes is about: proposed activities are formed per domain. */
export const DOMAIN_KEYS = [
  'service',
  'billing',
  'marketing',
  'analytics',
  'security',
  'recruitment',
  'hr',
  'membership',
  'care',
] as const
export type DomainKey = (typeof DOMAIN_KEYS)[number]

/** What a section of the notice is about, from its heading. */
export const SECTION_KINDS = [
  'controller',
  'data',
  'purposes',
  'recipients',
  'transfers',
  'retention',
  'sources',
  'rights',
  'subjects',
  'security',
] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

/** What a table column holds, from its heading. */
export const COLUMN_KINDS = ['purpose', 'data', 'basis', 'retention', 'recipients'] as const
export type ColumnKind = (typeof COLUMN_KINDS)[number]

export const TIME_UNITS = ['day', 'week', 'month', 'year'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]
