import { z } from 'zod'

/** Art. 30(5): organisations employing fewer persons may be exempt from keeping the record. */
export const employeeThresholdSchema = z
  .number({ error: 'must be a number of employees' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' })
  .max(1_000_000, { error: 'must be at most 1,000,000' })

/** Workspace-wide settings. */
export const settingsSchema = z.strictObject({
  employeeThreshold: employeeThresholdSchema.default(250),
})
export type Settings = z.infer<typeof settingsSchema>
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})
