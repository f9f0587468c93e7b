/** The shape of a rule: a pure function from one activity (or the organisation) to finding drafts. */
import type { Language } from '../schemas/codes'
import type { OrganisationProfile } from '../schemas/organisation'
import type { RegisterActivity } from '../schemas/register'
import type { FindingCode } from './codes'
import type { RegisterLookups } from './lookups'
import type { FindingDraft, MessageParams } from './types'

export interface ActivityCheck {
  readonly activity: RegisterActivity
  readonly lookups: RegisterLookups
  readonly today: string
  readonly language: Language
}

export type ActivityRule = (check: ActivityCheck) => FindingDraft[]

/** Facts about all live (non-retired) activities, gathered in one pass for the organisation-level rules. */
export interface RegisterSummary {
  readonly hasControllerRecord: boolean
  readonly hasProcessorRecord: boolean
  readonly hasSpecialOrCriminalData: boolean
}

export interface OrganisationCheck {
  readonly organisation: OrganisationProfile
  readonly summary: RegisterSummary
  readonly language: Language
  readonly employeeThreshold: number
}

export type OrganisationRule = (check: OrganisationCheck) => FindingDraft[]

/** A draft about the activity itself, located by the field to fix. */
export function onActivity(
  activity: RegisterActivity,
  code: FindingCode,
  article: string,
  field: string,
  params: MessageParams = {},
): FindingDraft {
  return { code, article, entity: 'activity', entityId: activity.id, field, params }
}
