/** Reading change records back: parsed rows, entry names across time, and labels for what a change concerns. */
import type { CoreContext } from '../context'
import type { ChangesTable } from '../db/schema'
import type { Tx } from './mutate'

type Db = CoreContext['db'] | Tx['db']

export const CATALOGUE_ENTITIES = ['party', 'dataSubjectCategory', 'dataCategory', 'securityMeasure'] as const

export interface ChangeRow {
  id: number
  at: string
  actor: string
  organisationId: string | null
  entity: string
  entityId: string
  operation: string
  before: Record<string, any> | null
  after: Record<string, any> | null
}

export function toChangeRow(row: Omit<ChangesTable, 'id'> & { id: number }): ChangeRow {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    organisationId: row.organisation_id,
    entity: row.entity,
    entityId: row.entity_id,
    operation: row.operation,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  }
}

/** The last known name of every catalogue entry an organisation ever had, deleted ones included. */
export async function entryNames(db: Db, organisationId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('changes')
    .select(['entity_id', 'before_json', 'after_json'])
    .where('organisation_id', '=', organisationId)
    .where('entity', 'in', [...CATALOGUE_ENTITIES])
    .orderBy('id')
    .execute()
  const names = new Map<string, string>()
  for (const row of rows) {
    const version = JSON.parse(row.after_json ?? row.before_json ?? 'null')
    if (version?.name) names.set(row.entity_id, version.name)
  }
  return names
}

/** What a change concerns, in a few words: "PA-01 Payroll", "Contact details", the organisation's name, an export's file. */
export function changeLabel(change: ChangeRow): string {
  const version = change.after ?? change.before
  if (!version) return change.entity
  if (change.entity === 'activity') return `${version.reference} ${version.name}`
  if (change.entity === 'exportRecord' && typeof version.fileName === 'string') return version.fileName
  if (typeof version.name === 'string') return version.name
  return change.entity
}
