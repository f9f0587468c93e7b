/** A processing activity: one row of the register, with every field of the register document. */
import { z } from 'zod'
import {
  countryCodeSchema,
  idList,
  idSchema,
  isoDateSchema,
  optionalDate,
  optionalText,
  requiredText,
  timestampSchema,
} from './common'
import {
  dpiaCriterionSchema,
  dpiaStatusSchema,
  legalBasisSchema,
  mechanismSchema,
  roleSchema,
  sourceKindSchema,
  specialCategoryConditionSchema,
  statusSchema,
} from './codes'

export const purposeSchema = z.strictObject({
  description: requiredText('Describe the purpose', 2000),
  /** Art. 6(1) basis; null for a processor record, where the controller decides it. */
  legalBasis: legalBasisSchema.nullable().default(null),
  /** The law, contract or public task the basis relies on ("Bokföringslagen 7 kap. 2 §" for 6(1)(c)). */
  legalBasisReference: optionalText(1000),
  /** The interest pursued, when the basis is legitimate interests (6_1_f). */
  legitimateInterest: optionalText(2000),
  /** Where the balancing test (legitimate interests assessment) is recorded. */
  legitimateInterestAssessment: optionalText(1000),
  /** Where the consents are recorded, when the basis is consent (6_1_a). */
  consentRecord: optionalText(1000),
  /** Art. 9(2) condition, when special categories are processed for this purpose. */
  specialCategoryCondition: specialCategoryConditionSchema.nullable().default(null),
  /** Art. 10 basis (the law or official authority), when criminal-offence data is processed. */
  criminalDataBasis: optionalText(1000),
  /** The national-law provision an Art. 9(2)(b), (g)–(j) condition or the Art. 10 basis rests on. */
  conditionReference: optionalText(1000),
})
export type Purpose = z.infer<typeof purposeSchema>

/** A purpose with nothing recorded but its description: every other field at its schema's default. */
export const emptyPurpose = (description = ''): Purpose => ({
  ...purposeSchema.parse({ description: '-' }),
  description,
})

/** A time limit for erasure as a whole number of months (up to a hundred years). */
export const RETENTION_MONTHS_SCHEMA = z
  .number()
  .int({ error: 'must be a whole number of months' })
  .min(0)
  .max(1200)

export const activityDataCategorySchema = z.strictObject({
  dataCategoryId: idSchema,
  /**
   * Art. 30(1)(f): when this category is erased, in words and, for a fixed period, in months. Both empty:
   * the category's default retention applies (shared/retention.ts).
   */
  retention: optionalText(1000),
  retentionMonths: RETENTION_MONTHS_SCHEMA.nullable().default(null),
})

export const sourceSchema = z.strictObject({
  kind: sourceKindSchema,
  description: optionalText(1000),
})

export const recipientSchema = z
  .strictObject({
    partyId: idSchema.nullable().default(null),
    category: optionalText(300),
    purpose: optionalText(1000),
    /** A recipient inside the organisation (a department) rather than an external body. */
    internal: z.boolean().default(false),
  })
  .refine((r) => r.partyId !== null || (r.category !== null && r.category.trim() !== ''), {
    error: 'needs either a party or a category of recipients',
    path: ['category'],
  })

export type Recipient = z.infer<typeof recipientSchema>

/** A recipient with nothing recorded yet, every field at its schema's default. */
export const emptyRecipient = (): Recipient => ({
  ...recipientSchema.parse({ category: '-' }),
  category: null,
})

export const SCC_MODULE_SCHEMA = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'must be 1, 2, 3 or 4',
})

export const transferSchema = z
  .strictObject({
    partyId: idSchema.nullable().default(null),
    country: countryCodeSchema.nullable().default(null),
    internationalOrganisation: optionalText(300),
    mechanism: mechanismSchema,
    sccModule: SCC_MODULE_SCHEMA.nullable().default(null),
    safeguardDocumentation: optionalText(5000),
    transferImpactAssessment: z.boolean().default(false),
  })
  .refine(
    (t) =>
      (t.country === null) !==
      (t.internationalOrganisation === null || t.internationalOrganisation.trim() === ''),
    {
      error: 'needs either a country or an international organisation (not both)',
      path: ['country'],
    },
  )
export type Transfer = z.infer<typeof transferSchema>

export const dpiaSchema = z.strictObject({
  status: dpiaStatusSchema.default('not_assessed'),
  criteria: z
    .array(dpiaCriterionSchema)
    .default([])
    .refine((c) => new Set(c).size === c.length, { error: 'lists the same criterion twice' }),
  reference: optionalText(500),
})

/** What the user edits: everything about an activity except its identity and timestamps. */
export const activityFieldsSchema = z.strictObject({
  reference: requiredText('Enter a reference, e.g. PA-01', 50),
  name: requiredText('Enter the name of the activity', 300),
  role: roleSchema,
  status: statusSchema.default('draft'),
  businessFunction: optionalText(200),
  owner: optionalText(200),
  description: optionalText(10_000),
  purposes: z.array(purposeSchema).max(200).default([]),
  dataSubjectCategoryIds: idList(),
  dataCategories: z
    .array(activityDataCategorySchema)
    .max(1000)
    .default([])
    .refine((list) => new Set(list.map((d) => d.dataCategoryId)).size === list.length, {
      error: 'lists the same data category twice',
    }),
  sources: z.array(sourceSchema).max(100).default([]),
  recipients: z.array(recipientSchema).max(500).default([]),
  jointControllerIds: idList(),
  /** For a processor record: the controllers on whose behalf the processing is carried out. */
  controllerIds: idList(),
  transfers: z.array(transferSchema).max(500).default([]),
  /** General retention rule for the activity, free text. */
  retention: optionalText(2000),
  /** The retention policy or schedule the periods come from. */
  retentionReference: optionalText(1000),
  securityMeasureIds: idList(),
  automatedDecisionMaking: z.boolean().default(false),
  /** The logic involved and the effects on the individuals, when there is automated decision-making. */
  automatedDecisionMakingDescription: optionalText(5000),
  dpia: dpiaSchema.default({ status: 'not_assessed', criteria: [], reference: null }),
  systems: z.array(requiredText('Enter the system’s name', 200)).max(200).default([]),
  dataLocation: optionalText(500),
  lastReviewedOn: optionalDate,
  nextReviewDue: optionalDate,
  notes: optionalText(20_000),
})
export type ActivityFields = z.infer<typeof activityFieldsSchema>
export type ActivityFieldsInput = z.input<typeof activityFieldsSchema>

export const activitySchema = activityFieldsSchema.extend({
  id: idSchema,
  organisationId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Activity = z.infer<typeof activitySchema>

/** One row of the activities table: enough to sort, filter and search without opening each activity. */
export const activitySummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  name: z.string(),
  role: roleSchema,
  status: statusSchema,
  businessFunction: z.string().nullable(),
  owner: z.string().nullable(),
  purposeCount: z.number().int(),
  dataCategoryCount: z.number().int(),
  transferCount: z.number().int(),
  nextReviewDue: isoDateSchema.nullable(),
  updatedAt: timestampSchema,
})
export type ActivitySummary = z.infer<typeof activitySummarySchema>
