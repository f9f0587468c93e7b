/**
 * The closed vocabularies of the register document (docs/architecture.md, Register document, and
 * docs/register-format.md).
 * Every code here is written exactly as the format specifies; labels live in shared/i18n.
 */
import { z } from 'zod'

export const LANGUAGES = ['en', 'fi', 'sv', 'da', 'de', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

export const ROLES = ['controller', 'joint_controller', 'processor'] as const
export type Role = (typeof ROLES)[number]

export const STATUSES = ['draft', 'active', 'retired'] as const
export type Status = (typeof STATUSES)[number]

export const LEGAL_BASES = ['6_1_a', '6_1_b', '6_1_c', '6_1_d', '6_1_e', '6_1_f'] as const
export type LegalBasis = (typeof LEGAL_BASES)[number]

export const SPECIAL_CATEGORY_CONDITIONS = [
  '9_2_a',
  '9_2_b',
  '9_2_c',
  '9_2_d',
  '9_2_e',
  '9_2_f',
  '9_2_g',
  '9_2_h',
  '9_2_i',
  '9_2_j',
] as const
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number]

export const PARTY_KINDS = [
  'processor',
  'sub_processor',
  'joint_controller',
  'independent_controller',
  'public_authority',
  'client_controller',
  'other',
] as const
export type PartyKind = (typeof PARTY_KINDS)[number]

/** Art. 9(1) types plus criminal-offence data (Art. 10) and national identification numbers (Art. 87). */
export const SPECIAL_KINDS = [
  'none',
  'racial_ethnic_origin',
  'political_opinions',
  'religious_philosophical_beliefs',
  'trade_union_membership',
  'genetic',
  'biometric',
  'health',
  'sex_life_orientation',
  'criminal',
  'national_id',
] as const
export type SpecialKind = (typeof SPECIAL_KINDS)[number]

export const SECURITY_MEASURE_KINDS = [
  'access_control',
  'encryption',
  'pseudonymisation',
  'backup',
  'logging',
  'network',
  'physical',
  'organisational',
  'testing',
  'other',
] as const
export type SecurityMeasureKind = (typeof SECURITY_MEASURE_KINDS)[number]

export const SOURCE_KINDS = ['data_subject', 'third_party', 'public', 'generated'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const MECHANISMS = [
  'ADEQ',
  'A46_2_a',
  'A46_2_b',
  'A46_2_c',
  'A46_2_d',
  'A46_2_e',
  'A46_2_f',
  'A46_3_a',
  'A46_3_b',
  'A49_1_a',
  'A49_1_b',
  'A49_1_c',
  'A49_1_d',
  'A49_1_e',
  'A49_1_f',
  'A49_1_g',
  'A49_1_2',
  'PRIVACY_SHIELD',
  'SAFE_HARBOUR',
  'SCC_LEGACY',
  'NONE',
] as const
export type Mechanism = (typeof MECHANISMS)[number]

export const SCC_MODULES = [1, 2, 3, 4] as const

export const DPIA_STATUSES = ['not_assessed', 'not_required', 'required', 'in_progress', 'completed'] as const
export type DpiaStatus = (typeof DPIA_STATUSES)[number]

export const DPIA_CRITERIA = [
  'evaluation_scoring',
  'automated_decision',
  'systematic_monitoring',
  'sensitive_data',
  'large_scale',
  'matching_combining',
  'vulnerable_subjects',
  'innovative_tech',
  'prevents_right',
] as const
export type DpiaCriterion = (typeof DPIA_CRITERIA)[number]

export const languageSchema = z.enum(LANGUAGES)
export const roleSchema = z.enum(ROLES)
export const statusSchema = z.enum(STATUSES)
export const legalBasisSchema = z.enum(LEGAL_BASES)
export const specialCategoryConditionSchema = z.enum(SPECIAL_CATEGORY_CONDITIONS)
export const partyKindSchema = z.enum(PARTY_KINDS)
export const specialKindSchema = z.enum(SPECIAL_KINDS)
export const securityMeasureKindSchema = z.enum(SECURITY_MEASURE_KINDS)
export const sourceKindSchema = z.enum(SOURCE_KINDS)
export const mechanismSchema = z.enum(MECHANISMS)
export const dpiaStatusSchema = z.enum(DPIA_STATUSES)
export const dpiaCriterionSchema = z.enum(DPIA_CRITERIA)
