/**
 * Every change to the register goes through `mutate`: one transaction that does the work and appends
 * one change record per entity touched. If anything throws, neither the change nor its record stays.
 */
import type { Transaction } from 'kysely'
import type { CoreContext } from '../context'
import type { Database } from '../db/schema'
import { insertRows } from '../db/insert-rows'
import { hashChange } from './chain'

/** `restore` brings back a deleted entry or an earlier version; `purge` empties the trash. */
export type Operation = 'create' | 'update' | 'delete' | 'restore' | 'purge'

export interface ChangeInput {
  organisationId: string | null
  entity: string
  entityId: string
  operation: Operation
  before: unknown
  after: unknown
}

export interface Tx {
  db: Transaction<Database>
  /** The time of this mutation, the same for every row it writes. */
  at: string
  record(change: ChangeInput): Promise<void>
  /** Several change records in this order, written together (an import records thousands). */
  recordAll(changes: ChangeInput[]): Promise<void>
}

const toJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))

export async function mutate<T>(ctx: CoreContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  const at = ctx.now().toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    // The chain head is read once per transaction; the transaction holds the write lock while it appends.
    let head: string | null | undefined
    const recordAll = async (changes: ChangeInput[]) => {
      if (changes.length === 0) return
      if (head === undefined) {
        head = (await trx.selectFrom('changes').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst())?.hash ?? null
      }
      const rows = changes.map((change) => {
        const content = {
          at,
          actor: ctx.actor,
          organisation_id: change.organisationId,
          entity: change.entity,
          entity_id: change.entityId,
          operation: change.operation,
          before_json: toJson(change.before),
          after_json: toJson(change.after),
          prev_hash: head!,
        }
        const hash = hashChange(content)
        head = hash
        return { ...content, hash }
      })
      // Rows go in in this order, so their ids follow the chain.
      await insertRows(trx, 'changes', rows)
    }
    const tx: Tx = { db: trx, at, record: (change) => recordAll([change]), recordAll }
    return work(tx)
  })
}
