/** Runs the compliance checks (shared/checks) over registers in the workspace, for the UI and `ropa check`. */
import type {
  OrganisationChecks,
  OrganisationFindingCounts,
  OrganisationOverview,
  PortfolioRow,
  SeverityCounts,
} from '../../../shared/api/checks'
import {
  organisationCompleteness,
  overallCompleteness,
  reviewsDue,
  runChecks,
  transfersByDestination,
  type Finding,
} from '../../../shared/checks'
import { plainTranslator } from '../../../shared/i18n'
import { formatDay as formatDayIn } from '../../../shared/i18n/dates'
import type { Language } from '../../../shared/schemas/codes'
import type { CoreContext } from '../context'
import type { Handlers } from '../handler'
import { buildRegister } from './register'
import { RegisterCache } from './register-cache'
import { listOrganisations } from './organisations'
import { getSettings } from './settings'

/** The calendar day of a moment in local time, `YYYY-MM-DD`: reviews fall due on the user's day, not UTC's. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function countSeverities(findings: Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

export interface CheckOrganisationOptions {
  lang?: Language
  /** Days in the messages as the language writes them (for screens) instead of ISO. */
  localDates?: boolean
  /** Overrides the workspace's Art. 30(5) threshold for this call. */
  employeeThreshold?: number
}

export async function checkOrganisation(
  ctx: CoreContext,
  organisationId: string,
  options: CheckOrganisationOptions = {},
): Promise<OrganisationChecks> {
  const lang = options.lang ?? 'en'
  const [doc, settings] = await Promise.all([
    buildRegister(ctx.db, organisationId, { keepIds: true }),
    getSettings(ctx.db),
  ])
  const today = localIsoDate(ctx.now())
  const employeeThreshold = options.employeeThreshold ?? settings.employeeThreshold
  const formatDay = options.localDates ? (iso: string) => formatDayIn(iso, lang) : undefined
  const findings = runChecks(doc, {
    today,
    employeeThreshold,
    language: lang,
    t: plainTranslator(lang),
    formatDay,
  })
  const idByReference = new Map(doc.activities.map((a) => [a.reference, a.id]))
  const byActivity: Record<string, SeverityCounts> = {}
  for (const finding of findings) {
    const id = finding.activityReference === null ? undefined : idByReference.get(finding.activityReference)
    if (!id) continue
    byActivity[id] ??= { error: 0, warning: 0, info: 0 }
    byActivity[id][finding.severity]++
  }
  return {
    organisationId,
    today,
    findings,
    counts: countSeverities(findings),
    byActivity,
    completeness: organisationCompleteness(doc, findings),
  }
}

/** What the activities table and the portfolio need of an organisation's findings, judged with the workspace's settings. */
interface FindingSummary {
  today: string
  counts: SeverityCounts
  byActivity: Record<string, SeverityCounts>
  completeness: number | null
  overdueReviews: number
}

/** Kept per organisation until its history moves (register-cache.ts): the portfolio and the badges are asked for often. */
const summaries = new RegisterCache<FindingSummary>()

async function summarise(ctx: CoreContext, organisationId: string): Promise<FindingSummary> {
  const checks = await checkOrganisation(ctx, organisationId)
  return {
    today: checks.today,
    counts: checks.counts,
    byActivity: checks.byActivity,
    completeness: overallCompleteness(checks.completeness),
    overdueReviews: checks.findings.filter((f) => f.code === 'REVIEW_OVERDUE').length,
  }
}

/** The summaries of these organisations, recomputed only for those changed since they were last kept. */
async function findingSummaries(
  ctx: CoreContext,
  organisationIds: string[],
): Promise<Map<string, FindingSummary>> {
  const { employeeThreshold } = await getSettings(ctx.db)
  // The day and the threshold are all the checks read besides the register.
  const variant = `${localIsoDate(ctx.now())} ${employeeThreshold}`
  return summaries.get(ctx, variant, organisationIds, (id) => summarise(ctx, id))
}

/**
 * The finding counts per activity without the findings: for 20,000 activities the findings are 45 MB of JSON,
 * the counts one; a table showing badges needs only these.
 */
export async function countFindings(
  ctx: CoreContext,
  organisationId: string,
): Promise<OrganisationFindingCounts> {
  const { today, counts, byActivity } = (await findingSummaries(ctx, [organisationId])).get(organisationId)!
  return { organisationId, today, counts, byActivity }
}

/** Transfers by destination and reviews due, for the dashboard beside the findings. */
export async function organisationOverview(
  ctx: CoreContext,
  organisationId: string,
  withinDays: number,
  lang: Language = 'en',
): Promise<OrganisationOverview> {
  const doc = await buildRegister(ctx.db, organisationId, { keepIds: true })
  const today = localIsoDate(ctx.now())
  return {
    organisationId,
    today,
    destinations: transfersByDestination(doc, today, lang),
    reviews: reviewsDue(doc.activities, today, withinDays),
    withinDays,
  }
}

/** Every organisation's findings in a few figures: the consultant's home page. */
export async function checkPortfolio(ctx: CoreContext): Promise<PortfolioRow[]> {
  const organisations = await listOrganisations(ctx)
  const summaries = await findingSummaries(
    ctx,
    organisations.map((org) => org.id),
  )
  return organisations.map((org) => {
    const { completeness, counts, overdueReviews } = summaries.get(org.id)!
    return {
      organisationId: org.id,
      name: org.name,
      activityCount: org.activityCount,
      completeness,
      counts,
      overdueReviews,
    }
  })
}

export const checkHandlers: Handlers<
  'checks.organisation' | 'checks.counts' | 'checks.overview' | 'checks.portfolio'
> = {
  'checks.organisation': (ctx, input) =>
    checkOrganisation(ctx, input.organisationId, {
      employeeThreshold: input.employeeThreshold,
      lang: input.language,
      localDates: input.dates === 'local',
    }),
  'checks.counts': (ctx, input) => countFindings(ctx, input.organisationId),
  'checks.overview': (ctx, input) =>
    organisationOverview(ctx, input.organisationId, input.withinDays, input.language),
  'checks.portfolio': (ctx) => checkPortfolio(ctx),
}
