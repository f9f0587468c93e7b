import { z } from 'zod'
import { method } from './contract'
import { emptyInput, idSchema, isoDateSchema } from '../schemas/common'
import { languageSchema } from '../schemas/codes'
import { TRANSFER_BASES } from '../checks/transfer-basis'
import { employeeThresholdSchema, settingsSchema } from '../schemas/settings'

export const severitySchema = z.enum(['error', 'warning', 'info'])

export const findingSchema = z.object({
  code: z.string(),
  severity: severitySchema,
  article: z.string(),
  message: z.string(),
  activityReference: z.string().nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  field: z.string().nullable(),
})

export const severityCountsSchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
})
export type SeverityCounts = z.infer<typeof severityCountsSchema>

export const pointShareSchema = z.object({
  point: z.string(),
  applicable: z.number().int(),
  filled: z.number().int(),
  share: z.number().nullable(),
})

export const organisationChecksSchema = z.object({
  organisationId: idSchema,
  /** The day the checks judged against (review dates). */
  today: isoDateSchema,
  findings: z.array(findingSchema),
  counts: severityCountsSchema,
  /** Finding counts per activity id, for badges in the activities table. */
  byActivity: z.record(z.string(), severityCountsSchema),
  completeness: z.array(pointShareSchema),
})
export type OrganisationChecks = z.infer<typeof organisationChecksSchema>

/** The counts of `checks.organisation` without the findings: what a table of 20,000 activities needs for its badges. */
export const organisationFindingCountsSchema = organisationChecksSchema.pick({
  organisationId: true,
  today: true,
  counts: true,
  byActivity: true,
})
export type OrganisationFindingCounts = z.infer<typeof organisationFindingCountsSchema>

export const portfolioRowSchema = z.object({
  organisationId: idSchema,
  name: z.string(),
  activityCount: z.number().int(),
  /** Share of applicable Art. 30 points filled across the organisation's activities (0–1), null when none apply. */
  completeness: z.number().nullable(),
  counts: severityCountsSchema,
  overdueReviews: z.number().int(),
})
export type PortfolioRow = z.infer<typeof portfolioRowSchema>

export const destinationCountSchema = z.object({
  /** ISO code, or null for an international organisation. */
  country: z.string().nullable(),
  name: z.string(),
  status: z.enum(['eea', 'adequate', 'adequate_partial', 'third_country']),
  transfers: z.number().int(),
  activities: z.number().int(),
  /** What the transfers rely on: adequacy, the DPF, SCCs, BCRs, … with a count each. */
  bases: z.array(z.object({ basis: z.enum(TRANSFER_BASES), transfers: z.number().int() })),
})
export type DestinationCount = z.infer<typeof destinationCountSchema>

export const reviewDueSchema = z.object({
  activityId: idSchema,
  reference: z.string(),
  name: z.string(),
  due: isoDateSchema,
  /** Negative when overdue. */
  daysLeft: z.number().int(),
})
export type ReviewDue = z.infer<typeof reviewDueSchema>

export const REVIEW_HORIZON_DAYS = 60

export const organisationOverviewSchema = z.object({
  organisationId: idSchema,
  today: isoDateSchema,
  /** Transfers of the live activities per destination, most first. */
  destinations: z.array(destinationCountSchema),
  /** Reviews overdue or due within `withinDays`, soonest first. */
  reviews: z.array(reviewDueSchema),
  withinDays: z.number().int(),
})
export type OrganisationOverview = z.infer<typeof organisationOverviewSchema>

export const checksContract = {
  'checks.organisation': method({
    summary: 'Compliance findings and Art. 30 completeness for one organisation, judged today',
    input: z.strictObject({
      organisationId: idSchema,
      /** Art. 30(5) threshold for this call only (e.g. `ropa check --threshold`); the workspace setting otherwise. */
      employeeThreshold: employeeThresholdSchema.optional(),
      /** The language of the finding messages and the country names in them (the UI's, for screens). */
      language: languageSchema.default('en'),
      /** Days in the messages as stored (`iso`, for scripts) or as the language writes them (`local`, for screens). */
      dates: z.enum(['iso', 'local']).default('iso'),
    }),
    output: organisationChecksSchema,
  }),
  'checks.counts': method({
    summary:
      'How many findings each activity of one organisation has, by severity, without the findings themselves (for tables)',
    input: z.strictObject({ organisationId: idSchema }),
    output: organisationFindingCountsSchema,
  }),
  'checks.overview': method({
    summary: 'For the dashboard: transfers by destination and the reviews that are overdue or due soon',
    input: z.strictObject({
      organisationId: idSchema,
      withinDays: z
        .number()
        .int({ error: 'must be a whole number of days' })
        .min(0)
        .max(3650)
        .default(REVIEW_HORIZON_DAYS),
      /** The language of the destination names. */
      language: languageSchema.default('en'),
    }),
    output: organisationOverviewSchema,
  }),
  'checks.portfolio': method({
    summary: 'Every organisation with its completeness, open findings and overdue reviews (for consultants)',
    input: emptyInput,
    output: z.array(portfolioRowSchema),
  }),
  'settings.get': method({ summary: 'Workspace settings', input: emptyInput, output: settingsSchema }),
  'settings.update': method({
    summary: 'Change workspace settings',
    input: settingsSchema,
    output: settingsSchema,
  }),
}
