/**
 * What a compliance check reports (docs/architecture.md, Checks).
 *
 * Where a finding points:
 * - `activityReference`: the activity's reference code, or null for an organisation-level finding.
 * - `entity` / `entityId`: the register entry the finding is about. Purposes and transfers have no id of their
 *   own, so findings about them are reported on their activity (`'activity'`, the activity's id) and located by
 *   `field`. A finding about one catalogue entry as the activity uses it names that entry instead: a data
 *   category (`'dataCategory'`: retention, special, criminal, national id) or a party (`'party'`: not
 *   DPF-certified, recipient outside the EU/EEA without a recorded transfer). Organisation-level findings are
 *   `'organisation'` with a null id.
 * - `field`: the path of the field to fix inside the activity editor form (or the organisation profile form
 *   for organisation-level findings), dot-separated with list indices, as form libraries write it:
 *   `purposes.0.legitimateInterest`, `transfers.1.mechanism`, `dataCategories.2.retention`, `controllerIds`,
 *   `nextReviewDue`, `dpia.status`, `representative`.
 */
import type { Language } from '../schemas/codes'
import type { FindingCode } from './codes'

export type Severity = 'error' | 'warning' | 'info'

export type FindingEntity =
  | 'organisation'
  | 'activity'
  | 'party'
  | 'dataCategory'
  | 'dataSubjectCategory'
  | 'securityMeasure'
  | 'transfer'
  | 'purpose'

export interface Finding {
  /** Stable UPPER_SNAKE code, also the message key (`findings.CODE`). */
  code: FindingCode
  severity: Severity
  /** Plain GDPR reference without "Art.", e.g. "30(1)(e)", "46(2)(c)", "27". */
  article: string
  message: string
  activityReference: string | null
  entity: FindingEntity
  entityId: string | null
  field: string | null
}

export type MessageParams = Record<string, string | number>

/** Translates `findings.CODE` with i18next-style `{{param}}` interpolation. */
export type Translate = (key: string, params: MessageParams) => string

export interface CheckOptions {
  /** ISO date of the day the checks judge against (review dates, adequacy in force): injected, never read. */
  today: string
  /** Art. 30(5): organisations employing fewer persons may be exempt; 250 unless set. */
  employeeThreshold?: number
  /** Translator for the messages; English from `findingsEn` by default. */
  t?: Translate
  /** Language of the names put into messages (countries); English by default. */
  language?: Language
  /**
   * How the days put into messages (a review's due date, the day a mechanism ended) are written: ISO as
   * stored unless given, so scripts and exports read them as before; screens give the UI language's style.
   */
  formatDay?: (iso: string) => string
}

/** What a rule returns: a finding before the runner adds severity, message and activity reference. */
export interface FindingDraft {
  code: FindingCode
  article: string
  entity: FindingEntity
  entityId: string | null
  field: string | null
  params: MessageParams
}
