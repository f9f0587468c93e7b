import { z } from 'zod'
import { method } from './contract'
import { emptyInput, idSchema, momentSchema } from '../schemas/common'
import { languageSchema } from '../schemas/codes'
import { registerDocumentSchema } from '../schemas/register'

export const diffLineSchema = z.object({
  field: z.string(),
  text: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
})

export const HISTORY_ENTITIES = [
  'organisation',
  'activity',
  'party',
  'dataSubjectCategory',
  'dataCategory',
  'securityMeasure',
] as const
export const historyEntitySchema = z.enum(HISTORY_ENTITIES)

export const changeSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  organisationId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  operation: z.string(),
  /** What the change concerns, e.g. "PA-01 Payroll" or "Contact details". */
  label: z.string(),
  /** Field by field, for updates and restores; empty for creations and deletions. */
  lines: z.array(diffLineSchema),
})
export type Change = z.infer<typeof changeSchema>

const listRef = z.object({ id: z.string(), label: z.string() })
const listComparison = z.object({
  added: z.array(listRef),
  removed: z.array(listRef),
  changed: z.array(listRef.extend({ lines: z.array(diffLineSchema) })),
})
export const registerComparisonSchema = z.object({
  organisation: z.array(diffLineSchema),
  activities: listComparison,
  parties: listComparison,
  dataSubjectCategories: listComparison,
  dataCategories: listComparison,
  securityMeasures: listComparison,
})

/** A version of a register: as it stands now, or as it stood at a moment (ISO timestamp or date). */
export const registerVersionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('now') }),
  z.strictObject({ kind: z.literal('at'), at: momentSchema }),
  /** The register snapshot an export was made from ("what we sent"). */
  z.strictObject({ kind: z.literal('export'), exportId: idSchema }),
])

export const trashItemSchema = z.object({
  changeId: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  label: z.string(),
  deletedAt: z.string(),
  deletedBy: z.string(),
})

export const historyContract = {
  'history.entity': method({
    summary: 'Who changed an activity or catalogue entry, when, and what changed, newest first',
    input: z.strictObject({ entityId: idSchema, language: languageSchema.default('en') }),
    output: z.array(changeSchema),
  }),
  'history.timeline': method({
    summary:
      'All changes to an organisation’s register, newest first, filtered by date, user and kind of entry',
    input: z.strictObject({
      organisationId: idSchema,
      since: momentSchema.nullable().default(null),
      until: momentSchema.nullable().default(null),
      actor: z.string().nullable().default(null),
      entity: historyEntitySchema.nullable().default(null),
      limit: z.number().int().min(1).max(5000).default(500),
      /** The language the changes are described in. */
      language: languageSchema.default('en'),
    }),
    output: z.object({ changes: z.array(changeSchema), actors: z.array(z.string()), truncated: z.boolean() }),
  }),
  'history.restore': method({
    summary: 'Restore an activity to the version a change left it in (recorded as a new change)',
    input: z.strictObject({ changeId: z.number().int() }),
    output: z.object({ entity: z.string(), entityId: idSchema }),
  }),
  'history.asOf': method({
    summary: 'The register as it stood at a past moment, rebuilt from the history',
    input: z.strictObject({ organisationId: idSchema, at: momentSchema }),
    output: registerDocumentSchema,
  }),
  'history.compare': method({
    summary: 'What changed between two versions of a register',
    input: z.strictObject({
      organisationId: idSchema,
      from: registerVersionSchema,
      to: registerVersionSchema,
      language: languageSchema.default('en'),
    }),
    output: registerComparisonSchema,
  }),
  'history.verify': method({
    summary:
      'Walk the tamper-evident chain of the whole history and report the first record that does not fit',
    input: emptyInput,
    output: z.object({
      ok: z.boolean(),
      records: z.number().int(),
      problem: z.object({ changeId: z.number().int(), reason: z.string() }).nullable(),
    }),
  }),
  'trash.list': method({
    summary: 'Deleted activities and catalogue entries of an organisation that can still be restored',
    input: z.strictObject({ organisationId: idSchema }),
    output: z.array(trashItemSchema),
  }),
  'trash.restore': method({
    summary: 'Bring a deleted activity or catalogue entry back',
    input: z.strictObject({ changeId: z.number().int() }),
    output: z.object({ entity: z.string(), entityId: idSchema }),
  }),
  'trash.empty': method({
    summary: 'Empty the trash: the items can no longer be restored (the history keeps its record)',
    input: z.strictObject({ organisationId: idSchema }),
    output: z.object({ purged: z.number().int() }),
  }),
}
