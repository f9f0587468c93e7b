/**
 * The four catalogues activities refer to, each with the same five methods:
 * `<catalogue>.list | create | update | delete | usage`.
 */
import { z } from 'zod'
import { method, type MethodSpec } from './contract'
import { idSchema } from '../schemas/common'
import {
  dataCategoryEntrySchema,
  dataCategoryFieldsSchema,
  dataSubjectCategoryEntrySchema,
  dataSubjectCategoryFieldsSchema,
  partyEntrySchema,
  partyFieldsSchema,
  securityMeasureEntrySchema,
  securityMeasureFieldsSchema,
} from '../schemas/catalogue'

const usageCount = { activityCount: z.number().int() }

export const activityRefSchema = z.object({ id: idSchema, reference: z.string(), name: z.string() })
export type ActivityRef = z.infer<typeof activityRefSchema>

function catalogueMethods<
  N extends string,
  F extends z.ZodObject,
  E extends z.ZodObject,
  L extends z.ZodObject,
>(name: N, noun: string, fields: F, entry: E, listed: L) {
  const list = method({
    summary: `The ${noun} catalogue of an organisation, by name, with how many activities use each`,
    input: z.strictObject({ organisationId: idSchema }),
    output: z.array(listed),
  })
  const create = method({
    summary: `Add a ${noun}`,
    input: z.strictObject({ organisationId: idSchema, entry: fields }),
    output: entry,
  })
  const update = method({
    summary: `Change a ${noun}; activities that use it see the change`,
    input: z.strictObject({ id: idSchema, entry: fields }),
    output: entry,
  })
  const remove = method({
    summary: `Delete a ${noun}. Refused while activities use it, unless replaceWith names the entry to use instead`,
    input: z.strictObject({ id: idSchema, replaceWith: idSchema.nullable().default(null) }),
    output: z.object({ id: idSchema, replacedIn: z.number().int() }),
  })
  const usage = method({
    summary: `The activities that use a ${noun}`,
    input: z.strictObject({ id: idSchema }),
    output: z.array(activityRefSchema),
  })
  return {
    [`${name}.list`]: list,
    [`${name}.create`]: create,
    [`${name}.update`]: update,
    [`${name}.delete`]: remove,
    [`${name}.usage`]: usage,
  } as Record<`${N}.list`, MethodSpec<typeof list.input, typeof list.output>> &
    Record<`${N}.create`, MethodSpec<typeof create.input, typeof create.output>> &
    Record<`${N}.update`, MethodSpec<typeof update.input, typeof update.output>> &
    Record<`${N}.delete`, MethodSpec<typeof remove.input, typeof remove.output>> &
    Record<`${N}.usage`, MethodSpec<typeof usage.input, typeof usage.output>>
}

export const cataloguesContract = {
  ...catalogueMethods(
    'parties',
    'party',
    partyFieldsSchema,
    partyEntrySchema,
    partyEntrySchema.extend(usageCount),
  ),
  ...catalogueMethods(
    'dataSubjectCategories',
    'category of data subjects',
    dataSubjectCategoryFieldsSchema,
    dataSubjectCategoryEntrySchema,
    dataSubjectCategoryEntrySchema.extend(usageCount),
  ),
  ...catalogueMethods(
    'dataCategories',
    'category of personal data',
    dataCategoryFieldsSchema,
    dataCategoryEntrySchema,
    dataCategoryEntrySchema.extend(usageCount),
  ),
  ...catalogueMethods(
    'securityMeasures',
    'security measure',
    securityMeasureFieldsSchema,
    securityMeasureEntrySchema,
    securityMeasureEntrySchema.extend(usageCount),
  ),
}
