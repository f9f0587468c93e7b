/**
 * "The register as of a date": replay an organisation's change records up to a moment. Each record holds
 * the whole entry after the change, so the state of an entry at a moment is its last version by then.
 */
import type { z } from 'zod'
import { byName, byReference } from '../../../shared/order'
import {
  REGISTER_FORMAT,
  REGISTER_VERSION,
  registerActivitySchema,
  registerDataCategorySchema,
  registerDataSubjectCategorySchema,
  registerPartySchema,
  registerSecurityMeasureSchema,
  type RegisterDocument,
} from '../../../shared/schemas/register'
import { organisationProfileSchema } from '../../../shared/schemas/organisation'
import type { CoreContext } from '../context'
import { invalid, notFound } from '../errors'
import { toChangeRow, type ChangeRow } from './records'

type Db = CoreContext['db']

const ENTRY_SCHEMAS = {
  party: ['parties', registerPartySchema],
  dataSubjectCategory: ['dataSubjectCategories', registerDataSubjectCategorySchema],
  dataCategory: ['dataCategories', registerDataCategorySchema],
  securityMeasure: ['securityMeasures', registerSecurityMeasureSchema],
} as const

/** A bare date means the end of that day, local time: "as of 2026-03-01" includes what happened that day. */
export function momentOf(at: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T23:59:59.999` : at)
  if (Number.isNaN(date.getTime()))
    throw invalid(`“${at}” is not a date. Write it as YYYY-MM-DD (or a date and time).`, [
      { path: 'at', message: 'is not a date' },
    ])
  return date.toISOString()
}

/** The latest version of every entry of one organisation, by entity and id, up to `at` (inclusive). */
export function foldChanges(changes: ChangeRow[]): Map<string, Map<string, Record<string, any>>> {
  const state = new Map<string, Map<string, Record<string, any>>>()
  for (const change of changes) {
    if (change.operation === 'purge') continue
    let entries = state.get(change.entity)
    if (!entries) state.set(change.entity, (entries = new Map()))
    if (change.operation === 'delete') entries.delete(change.entityId)
    else if (change.after) entries.set(change.entityId, change.after)
  }
  return state
}

/** Drop what the register document does not carry (ids of the organisation, timestamps), keep the entry's id. */
function strip<T extends z.ZodType>(schema: T, version: Record<string, any>): z.output<T> {
  const { organisationId: _o, createdAt: _c, updatedAt: _u, ...rest } = version
  return schema.parse(rest)
}

export async function registerAsOf(db: Db, organisationId: string, at: string): Promise<RegisterDocument> {
  const moment = momentOf(at)
  const rows = await db
    .selectFrom('changes')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('at', '<=', moment)
    .orderBy('id')
    .execute()
  const state = foldChanges(rows.map(toChangeRow))
  const organisation = state.get('organisation')?.get(organisationId)
  if (!organisation)
    throw notFound(`The organisation as of ${at} (it did not exist at that moment, or had been deleted)`)
  const { id: _id, createdAt: _c, updatedAt: _u, ...profile } = organisation
  const doc: RegisterDocument = {
    format: REGISTER_FORMAT,
    version: REGISTER_VERSION,
    organisation: organisationProfileSchema.parse(profile),
    parties: [],
    dataSubjectCategories: [],
    dataCategories: [],
    securityMeasures: [],
    activities: [...(state.get('activity')?.values() ?? [])]
      .map((a) => strip(registerActivitySchema, a))
      .sort(byReference),
  }
  for (const [entity, [list, schema]] of Object.entries(ENTRY_SCHEMAS)) {
    const entries = [...(state.get(entity)?.values() ?? [])].map((e) => strip(schema, e)).sort(byName)
    ;(doc[list] as unknown[]) = entries
  }
  return doc
}
