import { z } from 'zod'
import { method } from './contract'
import { idSchema } from '../schemas/common'
import { activityFieldsSchema, activitySchema, activitySummarySchema } from '../schemas/activity'
import { activitySearchResultSchema, activitySearchSchema } from '../schemas/activity-search'

export const activitiesContract = {
  'activities.list': method({
    summary: 'The processing activities of one organisation, by reference',
    input: z.strictObject({ organisationId: idSchema }),
    output: z.array(activitySummarySchema),
  }),
  'activities.search': method({
    summary: 'Find processing activities in one organisation or in all: filter by role, status and business function, search text, sort and page',
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
  'activities.copyToOrganisation': method({
    summary: 'Copy activities to another organisation, with the catalogue entries they use (reusing entries of the same name there)',
    input: z.strictObject({ ids: z.array(idSchema).min(1, { error: 'choose at least one activity' }).max(5000), targetOrganisationId: idSchema }),
    output: z.object({ activities: z.array(z.object({ id: idSchema, reference: z.string() })), createdEntries: z.number().int(), reusedEntries: z.number().int() }),
  }),
}
