import { z } from 'zod'
import { idSchema, requiredText, timestampSchema } from './common'
import { legalBasisSchema, roleSchema, statusSchema } from './codes'

export const purposeSchema = z.strictObject({
  description: requiredText('Describe the purpose', 2000),
  /** Art. 6(1) basis; null for a processor record, where the controller decides it. */
  legalBasis: legalBasisSchema.nullable(),
})
export type Purpose = z.infer<typeof purposeSchema>

/** What the user edits: everything about an activity except its identity and timestamps. */
export const activityFieldsSchema = z.strictObject({
  reference: requiredText('Enter a reference, e.g. PA-01', 50),
  name: requiredText('Enter the name of the activity', 300),
  role: roleSchema,
  status: statusSchema,
  purposes: z.array(purposeSchema).max(200),
})
export type ActivityFields = z.infer<typeof activityFieldsSchema>

export const activitySchema = activityFieldsSchema.extend({
  id: idSchema,
  organisationId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Activity = z.infer<typeof activitySchema>

/** One row of the activities table. */
export const activitySummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  name: z.string(),
  role: roleSchema,
  status: statusSchema,
  purposeCount: z.number().int(),
  updatedAt: timestampSchema,
})
export type ActivitySummary = z.infer<typeof activitySummarySchema>
