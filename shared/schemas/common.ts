/** Building blocks shared by every entity schema, with wording a DPO understands. */
import { z } from 'zod'
import { isCountryCode } from '../reference/countries'

export const idSchema = z.string().min(1, { error: 'is missing' }).max(100)

/** Text the user must fill in (trimmed; blank is refused with the given message). */
export function requiredText(blankMessage: string, max = 500) {
  return z
    .string({ error: (issue) => (issue.code === 'invalid_type' ? blankMessage : undefined) })
    .trim()
    .min(1, { error: blankMessage })
    .max(max)
}

/** Free text that may be left out: null when absent. */
export function optionalText(max = 5000) {
  return z.string().max(max).nullable().default(null)
}

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' })
export const optionalDate = isoDateSchema.nullable().default(null)

/** An ISO 3166-1 alpha-2 code such as `FI` or `US`. */
export const countryCodeSchema = z
  .string({ error: 'must be a country code such as FI or US' })
  .refine((code) => isCountryCode(code), { error: 'must be an ISO 3166-1 country code such as FI, SE or US (upper case)' })

/** An ISO timestamp as stored in the workspace. */
export const timestampSchema = z.string()

export const emptyInput = z.strictObject({})

/** A list of catalogue ids: each may appear once. */
export function idList() {
  return z
    .array(idSchema)
    .max(1000)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, { error: 'lists the same entry twice' })
}

/** A date (`YYYY-MM-DD`) or a date and time (ISO 8601). */
export const momentSchema = z
  .string()
  .min(10, { error: 'must be a date (YYYY-MM-DD) or a date and time' })
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'must be a date (YYYY-MM-DD) or a date and time' })
