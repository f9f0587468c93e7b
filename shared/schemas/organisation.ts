import { z } from 'zod'
import { countryCodeSchema, idSchema, optionalText, requiredText, timestampSchema } from './common'
import { languageSchema } from './codes'
import { contactPersonSchema, contactSchema } from './contact'

export const organisationNameSchema = requiredText('Enter the organisation’s name', 200)

/** Everything the register says about the organisation itself: the `organisation` object of the register document. */
export const organisationProfileSchema = z.strictObject({
  name: organisationNameSchema,
  tradeName: optionalText(200),
  registrationNumber: optionalText(100),
  country: countryCodeSchema.nullable().default(null),
  address: optionalText(1000),
  email: optionalText(320),
  phone: optionalText(100),
  website: optionalText(500),
  employeeCount: z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(0)
    .max(10_000_000)
    .nullable()
    .default(null),
  /** Art. 27 representative, needed when the organisation is established outside the EU/EEA. */
  representative: contactSchema.nullable().default(null),
  dpo: contactSchema.nullable().default(null),
  contactPerson: contactPersonSchema.nullable().default(null),
  /** Country code of the lead supervisory authority. */
  supervisoryAuthority: countryCodeSchema.nullable().default(null),
  language: languageSchema.default('en'),
})
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>

export const organisationSchema = organisationProfileSchema.extend({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Organisation = z.infer<typeof organisationSchema>

/** One row of the organisations list. */
export const organisationSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  country: z.string().nullable(),
  language: languageSchema,
  activityCount: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /**
   * The latest change of anything in the organisation (its profile, activities, catalogue entries, trash), from
   * the history; exports change nothing and do not count. The profile's own `updatedAt` when it has no history.
   */
  lastChangeAt: timestampSchema,
})
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>
