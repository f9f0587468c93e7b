/**
 * A template's content in one language: what "add from library" turns into an activity and the catalogue entries
 * it uses. Built-in templates are resolved into this shape for the organisation's language and country; a
 * consultant's own template ("save activity as template") is stored in it. Catalogue entries are carried by
 * value (name and fields), not by id, so a template fits any organisation: on use, an entry of the same name is
 * reused and a missing one created.
 */
import { z } from 'zod'
import { dpiaSchema, purposeSchema, sourceSchema } from '../schemas/activity'
import {
  dataCategoryFieldsSchema,
  dataSubjectCategoryFieldsSchema,
  securityMeasureFieldsSchema,
} from '../schemas/catalogue'
import { optionalText, requiredText } from '../schemas/common'
import { partyKindSchema, roleSchema } from '../schemas/codes'

/** A purpose as the activity has it, with the law relied on (`legalBasisReference`, e.g. "Bokföringslagen (1999:1078)"). */
export const templatePurposeSchema = purposeSchema

export const templateDataCategorySchema = dataCategoryFieldsSchema.extend({
  retention: optionalText(1000),
  retentionMonths: z.number().int().min(0).max(1200).nullable().default(null),
})

export const templateRecipientSchema = z.strictObject({
  category: requiredText('Enter the category of recipients', 300),
  purpose: optionalText(1000),
})

/**
 * A party the template names: a vendor of the library by its id (e.g. Meta as joint controller of a Facebook
 * page), or a party by name and kind (e.g. "the customers of the service" a processor record acts for).
 */
export const templatePartySchema = z
  .strictObject({
    vendorId: z.string().min(1).max(100).nullable().default(null),
    name: optionalText(300),
    kind: partyKindSchema.nullable().default(null),
    notes: optionalText(2000),
    relation: z.enum(['recipient', 'joint_controller', 'controller']),
    purpose: optionalText(1000),
  })
  .refine((p) => p.vendorId !== null || (p.name !== null && p.name.trim() !== '' && p.kind !== null), {
    error: 'needs a vendor of the library, or a name and a kind',
    path: ['vendorId'],
  })
export type TemplateParty = z.infer<typeof templatePartySchema>

export const templateContentSchema = z.strictObject({
  name: requiredText('Enter the name of the activity', 300),
  role: roleSchema,
  businessFunction: optionalText(200),
  description: optionalText(10_000),
  purposes: z.array(templatePurposeSchema).max(50).default([]),
  dataSubjectCategories: z.array(dataSubjectCategoryFieldsSchema).max(100).default([]),
  dataCategories: z.array(templateDataCategorySchema).max(200).default([]),
  sources: z.array(sourceSchema).max(20).default([]),
  recipients: z.array(templateRecipientSchema).max(100).default([]),
  parties: z.array(templatePartySchema).max(20).default([]),
  securityMeasures: z.array(securityMeasureFieldsSchema).max(100).default([]),
  retention: optionalText(2000),
  dpia: dpiaSchema.default({ status: 'not_assessed', criteria: [], reference: null }),
  notes: optionalText(20_000),
})
export type TemplateContent = z.infer<typeof templateContentSchema>
export type TemplateContentInput = z.input<typeof templateContentSchema>
