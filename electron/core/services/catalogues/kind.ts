/**
 * What the generic catalogue code needs to know of one catalogue (parties, categories of data subjects, of
 * personal data, security measures): its table, names, where activities use it, and how its row and its fields
 * convert. Each catalogue describes itself in its own file; the list, write, usage and delete code is shared.
 */
import type { Insertable } from 'kysely'
import type { ActivityFields } from '../../../../shared/schemas/activity'
import type { CatalogueFields, CatalogueName } from '../../../../shared/schemas/catalogue'
import type { CoreContext } from '../../context'
import type { Database } from '../../db/schema'
import type { Tx } from '../../history/mutate'

export type Db = CoreContext['db'] | Tx['db']

export const TABLES = {
  parties: 'parties',
  dataSubjectCategories: 'data_subject_categories',
  dataCategories: 'data_categories',
  securityMeasures: 'security_measures',
} as const satisfies Record<CatalogueName, keyof Database>
export type CatalogueTable = (typeof TABLES)[CatalogueName]

/** A stored entry: its fields plus its id and organisation. */
export type Entry<C extends CatalogueName> = CatalogueFields[C] & { id: string; organisationId: string }

/** One entry read from any catalogue table. Kysely types a read from the four tables with all their columns. */
export const selectEntries = (db: Db, table: CatalogueTable) => db.selectFrom(table).selectAll()
export type CatalogueRow = Awaited<ReturnType<ReturnType<typeof selectEntries>['executeTakeFirstOrThrow']>>

/** The columns a catalogue's fields are stored in (the id, organisation and times are the shared code's). */
type OwnColumns<T extends CatalogueTable> = Omit<
  Insertable<Database[T]>,
  'id' | 'organisation_id' | 'created_at' | 'updated_at'
>
export type EntryColumns = { [T in CatalogueTable]: OwnColumns<T> }[CatalogueTable]

export interface CatalogueKind<C extends CatalogueName> {
  table: CatalogueTable
  /** The entity name used in change records and findings. */
  entity: string
  /** The entry as a message names it. */
  noun: string
  /** Where activities refer to the catalogue: child table and column. */
  uses: { table: keyof Database; column: string }[]
  toEntry: (row: CatalogueRow) => Entry<C>
  columns: (fields: CatalogueFields[C]) => EntryColumns
  /** An activity's fields using entry `to` wherever they used entry `from` (deleting with a replacement). */
  replace: (activity: ActivityFields, from: string, to: string) => ActivityFields
}

export const bool = (n: number) => n === 1

/** A list of ids with one id replaced, each id kept once. */
export function replaceId(list: string[], from: string, to: string): string[] {
  const replaced = list.map((x) => (x === from ? to : x))
  return replaced.filter((x, i) => replaced.indexOf(x) === i)
}
