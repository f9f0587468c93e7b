/**
 * Compliance checks over one organisation's register (docs/architecture.md, Checks): pure functions, run live in the
 * editor and by `ropa check`.
 *
 * Retired activities are history: of the activity rules only retention still applies to them (their data may
 * be kept until it is erased), and they do not count for the organisation-level rules.
 * Draft activities are checked like active ones, except that the derogation rule presumes only an active
 * activity's transfers to be regular.
 */
import { ART_30_5 } from '../reference/art30'
import { needsArt10Basis, needsArt9Condition } from '../reference/special-categories'
import type { RegisterActivity, RegisterDocument } from '../schemas/register'
import { FINDING_SEVERITY } from './codes'
import { buildLookups, lookupsOf, type LookupSource, type RegisterLookups } from './lookups'
import { findingMessage } from './messages'
import type { ActivityRule, OrganisationRule, RegisterSummary } from './rule'
import { art30Points } from './rules/art30-points'
import { conditionReference } from './rules/condition-reference'
import { derogations } from './rules/derogations'
import { dpia } from './rules/dpia'
import { exemption } from './rules/exemption'
import { lawfulBasis } from './rules/lawful-basis'
import { legitimateInterestAssessment } from './rules/legitimate-interest-assessment'
import { organisation } from './rules/organisation'
import { partyContacts } from './rules/party-contacts'
import { retention } from './rules/retention'
import { review } from './rules/review'
import { scc } from './rules/scc'
import { specialData } from './rules/special-data'
import { transferRecipients } from './rules/transfer-recipients'
import { transfers } from './rules/transfers'
import { compareFindings, sortFindings } from './sort'
import type { CheckOptions, Finding, FindingDraft } from './types'

const ACTIVITY_RULES: readonly ActivityRule[] = [
  art30Points,
  partyContacts,
  retention,
  transfers,
  transferRecipients,
  scc,
  derogations,
  specialData,
  lawfulBasis,
  legitimateInterestAssessment,
  conditionReference,
  dpia,
  review,
]
const RETIRED_ACTIVITY_RULES: readonly ActivityRule[] = [retention]
const ORGANISATION_RULES: readonly OrganisationRule[] = [organisation, exemption]

/** The message parameters that are days (`YYYY-MM-DD`), written as `CheckOptions.formatDay` says. */
const DAY_PARAMS = ['due', 'endedOn', 'checkedOn'] as const

function paramsOf(draft: FindingDraft, options: CheckOptions): FindingDraft['params'] {
  const { formatDay } = options
  if (!formatDay || !DAY_PARAMS.some((name) => typeof draft.params[name] === 'string')) return draft.params
  const params = { ...draft.params }
  for (const name of DAY_PARAMS) if (typeof params[name] === 'string') params[name] = formatDay(params[name])
  return params
}

function complete(draft: FindingDraft, activityReference: string | null, options: CheckOptions): Finding {
  return {
    code: draft.code,
    severity: FINDING_SEVERITY[draft.code],
    article: draft.article,
    message: findingMessage(draft.code, paramsOf(draft, options), options.t),
    activityReference,
    entity: draft.entity,
    entityId: draft.entityId,
    field: draft.field,
  }
}

function activityFindings(
  lookups: RegisterLookups,
  activity: RegisterActivity,
  options: CheckOptions,
): Finding[] {
  const rules = activity.status === 'retired' ? RETIRED_ACTIVITY_RULES : ACTIVITY_RULES
  const check = { activity, lookups, today: options.today, language: options.language ?? 'en' }
  const found: Finding[] = []
  for (const rule of rules) {
    for (const draft of rule(check)) found.push(complete(draft, activity.reference, options))
  }
  return found
}

function summarise(doc: RegisterDocument, lookups: RegisterLookups): RegisterSummary {
  let hasControllerRecord = false
  let hasProcessorRecord = false
  let hasSpecialOrCriminalData = false
  for (const activity of doc.activities) {
    if (activity.status === 'retired') continue
    if (activity.role === 'processor') hasProcessorRecord = true
    else hasControllerRecord = true
    if (hasSpecialOrCriminalData) continue
    hasSpecialOrCriminalData = activity.dataCategories.some((entry) => {
      const kind = lookups.dataCategories.get(entry.dataCategoryId)?.special ?? 'none'
      return needsArt9Condition(kind) || needsArt10Basis(kind)
    })
  }
  return { hasControllerRecord, hasProcessorRecord, hasSpecialOrCriminalData }
}

function organisationFindings(
  doc: RegisterDocument,
  lookups: RegisterLookups,
  options: CheckOptions,
): Finding[] {
  const check = {
    organisation: doc.organisation,
    summary: summarise(doc, lookups),
    language: options.language ?? 'en',
    employeeThreshold: options.employeeThreshold ?? ART_30_5.employeeThreshold,
  }
  return ORGANISATION_RULES.flatMap((rule) => rule(check).map((draft) => complete(draft, null, options)))
}

/**
 * Every finding of a register, sorted (errors first, then by activity reference, code and field). The
 * catalogues are indexed once, so the cost grows with the register's size, not with its square.
 */
export function runChecks(doc: RegisterDocument, options: CheckOptions): Finding[] {
  const lookups = buildLookups(doc)
  const found = organisationFindings(doc, lookups, options)
  for (const activity of doc.activities) {
    for (const finding of activityFindings(lookups, activity, options)) found.push(finding)
  }
  return sortFindings(found)
}

/**
 * The findings of one activity, as `runChecks` reports them for it, for live feedback in the editor. The
 * activity may be an unsaved edit; pass lookups from `buildLookups` to reuse them across calls.
 */
export function checkActivity(
  source: LookupSource,
  activity: RegisterActivity,
  options: CheckOptions,
): Finding[] {
  return activityFindings(lookupsOf(source), activity, options).sort(compareFindings)
}

/** The organisation-level findings only (profile, Art. 27, Art. 30(5)), e.g. for the organisation form. */
export function checkOrganisation(doc: RegisterDocument, options: CheckOptions): Finding[] {
  return organisationFindings(doc, buildLookups(doc), options).sort(compareFindings)
}

export { FINDING_CODES, FINDING_SEVERITY, type FindingCode } from './codes'
export {
  art30Completeness,
  organisationCompleteness,
  overallCompleteness,
  type PointCompleteness,
  type PointShare,
} from './completeness'
export { buildLookups, type LookupSource, type RegisterLookups } from './lookups'
export { activityCompleteness, sectionStates, type SectionState } from './section-states'
export {
  daysBetween,
  reviewsDue,
  transfersByDestination,
  type DestinationCount,
  type ReviewDue,
} from './overview'
export { compareFindings, sortFindings } from './sort'
export { TRANSFER_BASES, transferBasis, type TransferBasis } from './transfer-basis'
export type { CheckOptions, Finding, FindingEntity, MessageParams, Severity, Translate } from './types'
