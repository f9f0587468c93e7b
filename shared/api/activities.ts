import { z } from 'zod'
import { method } from './contract'
import { idSchema, isoDateSchema } from '../schemas/common'
import { statusSchema } from '../schemas/codes'
import { activityFieldsSchema, activitySchema, activitySummarySchema } from '../schemas/activity'
import { activitySearchResultSchema, activitySearchSchema } from '../schemas/activity-search'

/** The activities a change from the table applies to: chosen rows of one organisation. */
const chosenActivities = z.array(idSchema).min(1, { error: 'choose at least one activity' }).max(5000)
const bulkResult = z.object({ changed: z.number().int(), unchanged: z.number().int() })

export const activitiesContract = {
  'activities.list': method({
    summary: 'The processing activities of one organisation, by reference',
    input: z.strictObject({ organisationId: idSchema }),
    output: z.array(activitySummarySchema),
  }),
  'activities.search': method({
    summary:
      'Find processing activities in one organisation or in all: filter by role, status and business function, search text, sort and page',
    input: activitySearchSchema,
    output: activitySearchResultSchema,
  }),
  'activities.get': method({
    summary: 'One processing activity with everything recorded for it',
    input: z.strictObject({ id: idSchema }),
    output: activitySchema,
  }),
  'activities.create': method({
    summary: 'Add a processing activity to an organisation',
    input: z.strictObject({ organisationId: idSchema, activity: activityFieldsSchema }),
    output: activitySchema,
  }),
  'activities.update': method({
    summary: 'Replace what is recorded for a processing activity',
    input: z.strictObject({
      id: idSchema,
      activity: activityFieldsSchema,
      // The `updatedAt` of the version the edit started from: if another save came in between, CONFLICT
      // (issue path `expectedUpdatedAt`) instead of overwriting it. Without it, the last save wins.
      expectedUpdatedAt: z.string().max(40).nullish(),
    }),
    output: activitySchema,
  }),
  'activities.delete': method({
    summary: 'Delete a processing activity',
    input: z.strictObject({ id: idSchema }),
    output: z.object({ id: idSchema }),
  }),
  'activities.duplicate': method({
    summary: 'Copy an activity within its organisation, as a draft with a new reference',
    input: z.strictObject({ id: idSchema }),
    output: activitySchema,
  }),
  'activities.setStatus': method({
    summary:
      'Give several activities of one organisation the same status (e.g. draft to active), all or none',
    input: z.strictObject({ organisationId: idSchema, ids: chosenActivities, status: statusSchema }),
    output: bulkResult,
  }),
  'activities.recordReview': method({
    summary:
      'Record a review of several activities of one organisation: the day reviewed and the next review due, all or none',
    input: z
      .strictObject({
        organisationId: idSchema,
        ids: chosenActivities,
        reviewedOn: isoDateSchema,
        nextReviewDue: isoDateSchema.nullish(),
      })
      .refine((r) => r.nextReviewDue == null || r.nextReviewDue > r.reviewedOn, {
        error: 'must be after the day of the review',
        path: ['nextReviewDue'],
      }),
    output: bulkResult,
  }),
  'activities.copyToOrganisation': method({
    summary:
      'Copy activities to another organisation, with the catalogue entries they use (reusing entries of the same name there)',
    input: z.strictObject({
      ids: z.array(idSchema).min(1, { error: 'choose at least one activity' }).max(5000),
      targetOrganisationId: idSchema,
    }),
    output: z.object({
      activities: z.array(z.object({ id: idSchema, reference: z.string() })),
      createdEntries: z.number().int(),
      reusedEntries: z.number().int(),
    }),
  }),
}
