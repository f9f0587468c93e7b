import { z } from 'zod'

/** Workspace-wide settings. */
export const settingsSchema = z.strictObject({
  /** Art. 30(5): organisations employing fewer persons may be exempt from keeping the record. */
  employeeThreshold: z.number().int({ error: 'must be a whole number' }).min(1).max(1_000_000).default(250),
})
export type Settings = z.infer<typeof settingsSchema>
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})
