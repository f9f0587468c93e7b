/** Every finding code with its severity: the one list the runner, the messages and the tests agree on. */
import type { Severity } from './types'

export const FINDING_SEVERITY = {
  // Organisation profile
  ART30_CONTACT_MISSING: 'error',
  REPRESENTATIVE_MISSING: 'error',
  ART30_5_EXEMPTION_POSSIBLE: 'info',
  // Art. 30 points of an activity
  ART30_JOINT_CONTROLLERS_MISSING: 'error',
  PROCESSOR_NO_CONTROLLERS: 'error',
  PARTY_CONTACT_MISSING: 'warning',
  ART30_PURPOSES_MISSING: 'error',
  ART30_PROCESSING_MISSING: 'error',
  ART30_DATA_SUBJECTS_MISSING: 'error',
  ART30_DATA_CATEGORIES_MISSING: 'error',
  ART30_RECIPIENTS_MISSING: 'warning',
  ART30_SECURITY_MISSING: 'warning',
  RETENTION_MISSING: 'warning',
  // Transfers (Chapter V)
  TRANSFER_NO_MECHANISM: 'error',
  TRANSFER_NO_ADEQUACY: 'error',
  TRANSFER_US_NOT_DPF: 'error',
  TRANSFER_US_RECIPIENT_UNKNOWN: 'error',
  DPF_CHECK_OLD: 'info',
  DPF_NOT_CHECKED: 'info',
  TRANSFER_ADEQUACY_SCOPE: 'info',
  MECHANISM_INVALID: 'error',
  SCC_NO_MODULE: 'warning',
  SCC_NO_TIA: 'warning',
  DEROGATION_49_1_2_UNDOCUMENTED: 'error',
  DEROGATION_REGULAR: 'warning',
  TRANSFER_NOT_RECORDED: 'warning',
  // Special data and lawful basis
  SPECIAL_NO_CONDITION: 'error',
  CRIMINAL_NO_BASIS: 'error',
  NATIONAL_ID: 'info',
  LEGAL_BASIS_MISSING: 'warning',
  LEGITIMATE_INTEREST_MISSING: 'warning',
  LEGITIMATE_INTEREST_ASSESSMENT_MISSING: 'warning',
  CONDITION_REFERENCE_MISSING: 'warning',
  // Risk and upkeep
  DPIA_NOT_COMPLETED: 'warning',
  REVIEW_OVERDUE: 'warning',
} as const satisfies Record<string, Severity>

export type FindingCode = keyof typeof FINDING_SEVERITY

export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[]
