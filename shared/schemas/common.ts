/** Building blocks shared by every entity schema, with wording a DPO understands. */
import { z } from 'zod'
import { impossibleIsoDay, whyNoSuchDay } from '../calendar'
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

/** Why a date written `YYYY-MM-DD` is no day at all: “is not a day of the calendar: February 2026 has 28 days”. */
function noSuchDay(input: unknown): string | null {
  const impossible = impossibleIsoDay(input)
  if (!impossible) return null
  return `is not a day of the calendar: ${whyNoSuchDay(impossible.year, impossible.month)}`
}

/** A calendar date, `YYYY-MM-DD`, that exists (no 30 February). */
export const isoDateSchema = z.iso.date({
  error: (issue) => noSuchDay(issue.input) ?? 'must be a date written as YYYY-MM-DD',
})
export const optionalDate = isoDateSchema.nullable().default(null)

/** An ISO 3166-1 alpha-2 code such as `FI` or `US`. */
export const countryCodeSchema = z
  .string({ error: 'must be a country code such as FI or US' })
  .refine((code) => isCountryCode(code), {
    error: 'must be an ISO 3166-1 country code such as FI, SE or US (upper case)',
  })

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

/** A date (`YYYY-MM-DD`) or a date and time (ISO 8601) on a day that exists (Date.parse takes 30 February for 2 March). */
export const momentSchema = z
  .string()
  .min(10, { error: 'must be a date (YYYY-MM-DD) or a date and time' })
  .max(40)
  .refine((v) => impossibleIsoDay(v) === null, {
    error: (issue) => noSuchDay(issue.input) ?? 'must be a date (YYYY-MM-DD) or a date and time',
  })
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'must be a date (YYYY-MM-DD) or a date and time' })
