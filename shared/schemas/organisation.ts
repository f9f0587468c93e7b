import { z } from 'zod'
import { idSchema, requiredText, timestampSchema } from './common'

export const organisationNameSchema = requiredText('Enter the organisation’s name', 200)

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Organisation = z.infer<typeof organisationSchema>

/** One row of the organisations list. */
export const organisationSummarySchema = organisationSchema.extend({
  activityCount: z.number().int(),
})
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>
