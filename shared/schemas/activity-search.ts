/** Finding activities in one organisation or across all of them: filters, free text, sort and paging. */
import { z } from 'zod'
import { activitySummarySchema } from './activity'
import { roleSchema, statusSchema } from './codes'
import { idSchema } from './common'

/** What the results can be sorted by; every key falls back to the reference, then the organisation. */
export const ACTIVITY_SORT_KEYS = [
  'reference',
  'name',
  'organisation',
  'role',
  'status',
  'businessFunction',
  'owner',
  'nextReviewDue',
  'updatedAt',
] as const
export type ActivitySortKey = (typeof ACTIVITY_SORT_KEYS)[number]

export const activitySearchSchema = z.strictObject({
  /** One organisation's activities; null for every organisation in the workspace. */
  organisationId: idSchema.nullable().default(null),
  role: roleSchema.nullable().default(null),
  status: statusSchema.nullable().default(null),
  businessFunction: z.string().max(200).nullable().default(null),
  /** Words that must each appear in the reference, name, description or owner (letter case ignored). */
  text: z.string().max(500).default(''),
  sort: z.enum(ACTIVITY_SORT_KEYS).default('reference'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  /** At most this many results (null: all of them), after skipping `offset`. */
  limit: z.number().int().min(1).max(100_000).nullable().default(null),
  offset: z.number().int().min(0).max(10_000_000).default(0),
})
export type ActivitySearch = z.infer<typeof activitySearchSchema>
export type ActivitySearchInput = z.input<typeof activitySearchSchema>

/** A table row of the search: the activity's summary and the organisation whose register holds it. */
export const activitySearchRowSchema = activitySummarySchema.extend({
  organisationId: idSchema,
  organisationName: z.string(),
})
export type ActivitySearchRow = z.infer<typeof activitySearchRowSchema>

export const activitySearchResultSchema = z.object({
  /** How many activities match, whatever the page. */
  total: z.number().int(),
  activities: z.array(activitySearchRowSchema),
})
export type ActivitySearchResult = z.infer<typeof activitySearchResultSchema>
