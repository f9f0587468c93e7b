/**
 * Every change to the register goes through `mutate`: one transaction that does the work and appends
 * one change record per entity touched. If anything throws, neither the change nor its record stays.
 *
 * Many writers (a team database, or the app and the CLI on one file) keep one chain because records are
 * appended under the lock of the chain head (migration 0012), and only once the work is done: the head is
 * the last lock a transaction takes, so writers to other organisations wait for each other only for the
 * few inserts of the append, and never while one holds rows another wants (no deadlock). Ids are given
 * under that lock as the head's next ones, so they have no gaps on either engine, even after a rollback.
 */
import type { Transaction } from 'kysely'
import type { CoreContext } from '../context'
import type { Database } from '../db/schema'
import { forUpdate, type Engine } from '../db/storage'
import { insertRows } from '../db/insert-rows'
import { AppError } from '../errors'
import { hashChange, type ChainedContent } from './chain'

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
  /** Who acts: the request's caller. */
  actor: string
  record(change: ChangeInput): Promise<void>
  /** Several change records in this order, written together (an import records thousands). */
  recordAll(changes: ChangeInput[]): Promise<void>
}

const toJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))

/** Records waiting beyond this many are appended at once (holding the head from then on), to bound memory. */
const APPEND_AT = 2000

/** The change records of one transaction: serialised when recorded (later edits of the objects do not leak in), chained when appended. */
class ChainAppend {
  private pending: Omit<ChainedContent, 'prev_hash'>[] = []
  private head: { lastId: number; lastHash: string | null } | null = null

  constructor(
    private readonly engine: Engine,
    private readonly trx: Transaction<Database>,
    private readonly actor: string,
    private readonly at: string,
  ) {}

  async add(changes: ChangeInput[]): Promise<void> {
    for (const change of changes) {
      this.pending.push({
        at: this.at,
        actor: this.actor,
        organisation_id: change.organisationId,
        entity: change.entity,
        entity_id: change.entityId,
        operation: change.operation,
        before_json: toJson(change.before),
        after_json: toJson(change.after),
      })
    }
    if (this.pending.length >= APPEND_AT) await this.append()
  }

  /** Lock the head (until the transaction ends), chain the waiting records after it, insert them, move the head. */
  async append(): Promise<void> {
    if (this.pending.length === 0) return
    if (!this.head) {
      const row = await forUpdate(
        this.engine,
        this.trx.selectFrom('change_chain_head').select(['last_id', 'last_hash']).where('id', '=', 1),
      ).executeTakeFirst()
      if (!row)
        throw new AppError(
          'INTERNAL',
          'The change history’s chain head is missing: the workspace was altered outside ROPA. Run `ropa verify`. Nothing was changed.',
        )
      this.head = { lastId: row.last_id ?? 0, lastHash: row.last_hash }
    }
    const head = this.head
    const rows = this.pending.map((content) => {
      const chained = { ...content, prev_hash: head.lastHash }
      const hash = hashChange(chained)
      head.lastId += 1
      head.lastHash = hash
      return { id: head.lastId, ...chained, hash }
    })
    this.pending = []
    // Rows go in in this order, so their ids follow the chain.
    await insertRows(this.trx, 'changes', rows)
    await this.trx
      .updateTable('change_chain_head')
      .set({ last_id: head.lastId, last_hash: head.lastHash })
      .where('id', '=', 1)
      .execute()
  }
}

export async function mutate<T>(ctx: CoreContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  const at = ctx.now().toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    const chain = new ChainAppend(ctx.storage.engine, trx, ctx.actor, at)
    const tx: Tx = {
      db: trx,
      at,
      actor: ctx.actor,
      record: (change) => chain.add([change]),
      recordAll: (changes) => chain.add(changes),
    }
    const result = await work(tx)
    await chain.append()
    return result
  })
}
