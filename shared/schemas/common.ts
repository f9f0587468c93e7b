/** Building blocks shared by every entity schema, with wording a DPO understands. */
import { z } from 'zod'

export const idSchema = z.string().min(1, { error: 'is missing' }).max(100)

/** Text the user must fill in (trimmed; blank is refused with the given message). */
export function requiredText(blankMessage: string, max = 500) {
  return z.string({ error: blankMessage }).trim().min(1, { error: blankMessage }).max(max)
}

/** Free text that may be left out (null). */
export function optionalText(max = 5000) {
  return z.string().max(max).nullable()
}

/** A calendar date, `YYYY-MM-DD`, or null. */
export const isoDateSchema = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' })

/** An ISO timestamp as stored in the workspace. */
export const timestampSchema = z.string()

export const emptyInput = z.strictObject({})
