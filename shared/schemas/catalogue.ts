/** The per-organisation catalogues that activities refer to: parties, data subjects, data categories, measures. */
import { z } from 'zod'
import { countryCodeSchema, idSchema, optionalDate, optionalText, requiredText } from './common'
import { mechanismSchema, partyKindSchema, securityMeasureKindSchema, specialKindSchema } from './codes'
import { RETENTION_MONTHS_SCHEMA, SCC_MODULE_SCHEMA } from './activity'

export const partyFieldsSchema = z.strictObject({
  name: requiredText('Enter the name of the party', 300),
  kind: partyKindSchema,
  country: countryCodeSchema.nullable().default(null),
  address: optionalText(1000),
  email: optionalText(320),
  website: optionalText(500),
  /** Certified under the EU-US Data Privacy Framework (matters for US transfers relying on adequacy). */
  dpfCertified: z.boolean().default(false),
  dpaReference: optionalText(500),
  dpaSignedOn: optionalDate,
  notes: optionalText(5000),
  /**
   * The party's transfer facts, kept once on the party instead of on each transfer to it: the Chapter V
   * mechanism its contract relies on for data leaving the EU/EEA, the SCC module when that is the standard
   * contractual clauses, whether a transfer impact assessment was done, and the day the DPF certification was
   * last looked up. A transfer that leaves its own module or assessment empty is judged with these.
   */
  transferMechanism: mechanismSchema.nullable().default(null),
  sccModule: SCC_MODULE_SCHEMA.nullable().default(null),
  transferImpactAssessment: z.boolean().default(false),
  dpfCheckedOn: optionalDate,
  /** The vendor library entry the party was created from (a built-in id such as `microsoft-365`). */
  libraryVendorId: z.string().trim().min(1).max(100).nullable().default(null),
})
export type PartyFields = z.infer<typeof partyFieldsSchema>

export const dataSubjectCategoryFieldsSchema = z.strictObject({
  name: requiredText('Enter the name of the category of data subjects', 300),
  description: optionalText(2000),
  vulnerable: z.boolean().default(false),
})
export type DataSubjectCategoryFields = z.infer<typeof dataSubjectCategoryFieldsSchema>

export const dataCategoryFieldsSchema = z.strictObject({
  name: requiredText('Enter the name of the category of personal data', 300),
  description: optionalText(2000),
  special: specialKindSchema.default('none'),
  /**
   * The time limit for erasure activities take for this category when they record none of their own
   * (Art. 30(1)(f)): in words and, for a fixed period, in months, as an activity records it.
   */
  defaultRetention: optionalText(1000),
  defaultRetentionMonths: RETENTION_MONTHS_SCHEMA.nullable().default(null),
})
export type DataCategoryFields = z.infer<typeof dataCategoryFieldsSchema>

export const securityMeasureFieldsSchema = z.strictObject({
  kind: securityMeasureKindSchema,
  name: requiredText('Enter the name of the measure', 300),
  description: optionalText(5000),
})
export type SecurityMeasureFields = z.infer<typeof securityMeasureFieldsSchema>

export const CATALOGUES = ['parties', 'dataSubjectCategories', 'dataCategories', 'securityMeasures'] as const
export type CatalogueName = (typeof CATALOGUES)[number]

export const catalogueFieldSchemas = {
  parties: partyFieldsSchema,
  dataSubjectCategories: dataSubjectCategoryFieldsSchema,
  dataCategories: dataCategoryFieldsSchema,
  securityMeasures: securityMeasureFieldsSchema,
} as const

export type CatalogueFields = {
  parties: PartyFields
  dataSubjectCategories: DataSubjectCategoryFields
  dataCategories: DataCategoryFields
  securityMeasures: SecurityMeasureFields
}

export type CatalogueEntry<C extends CatalogueName> = CatalogueFields[C] & { id: string }

/** A stored entry: its fields plus its id and organisation. */
const stored = { id: idSchema, organisationId: idSchema }
export const partyEntrySchema = partyFieldsSchema.extend(stored)
export const dataSubjectCategoryEntrySchema = dataSubjectCategoryFieldsSchema.extend(stored)
export const dataCategoryEntrySchema = dataCategoryFieldsSchema.extend(stored)
export const securityMeasureEntrySchema = securityMeasureFieldsSchema.extend(stored)
export type PartyEntry = z.infer<typeof partyEntrySchema>
export type DataSubjectCategoryEntry = z.infer<typeof dataSubjectCategoryEntrySchema>
export type DataCategoryEntry = z.infer<typeof dataCategoryEntrySchema>
export type SecurityMeasureEntry = z.infer<typeof securityMeasureEntrySchema>
