import { z } from 'zod'
import { method } from './contract'
import { idSchema } from '../schemas/common'
import { organisationNameSchema } from '../schemas/organisation'
import { registerDocumentSchema } from '../schemas/register'

export const importCountsSchema = z.object({
  parties: z.number().int(),
  dataSubjectCategories: z.number().int(),
  dataCategories: z.number().int(),
  securityMeasures: z.number().int(),
  activities: z.number().int(),
})

export const registerContract = {
  'register.export': method({
    summary: 'One organisation’s whole register as a register document (the JSON interchange format)',
    input: z.strictObject({ organisationId: idSchema }),
    output: registerDocumentSchema,
  }),
  'register.import': method({
    summary:
      'Create an organisation from a register document, all or nothing. If the name is taken: mode "replace" replaces that organisation, or give another name',
    input: z.strictObject({
      document: z.unknown(),
      mode: z.enum(['new', 'replace']).default('new'),
      name: organisationNameSchema.nullable().default(null),
    }),
    output: z.object({
      organisationId: idSchema,
      name: z.string(),
      replaced: z.boolean(),
      counts: importCountsSchema,
    }),
  }),
}
