/**
 * Tamper evidence for the change history: every record carries the SHA-256 of its own content and of the
 * record before it (one chain per workspace). Editing a record changes its hash; removing or reordering
 * records breaks the links; ids are issued without gaps (the next after the chain head, history/mutate.ts), so a
 * removed record leaves a hole, and the head names the last record, so removing the last ones shows too.
 */
import { createHash } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { CoreContext } from '../context'
import type { ChangesTable } from '../db/schema'

type Db = CoreContext['db']

/** What a record's hash covers: everything but its id and its own hash. */
export type ChainedContent = Omit<ChangesTable, 'id' | 'hash'>

/** The hash of one record: its content and the previous record's hash, in a fixed order. */
export function hashChange(c: ChainedContent): string {
  const canonical = JSON.stringify([
    c.at,
    c.actor,
    c.organisation_id,
    c.entity,
    c.entity_id,
    c.operation,
    c.before_json,
    c.after_json,
    c.prev_hash,
  ])
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

export interface ChainProblem {
  /** The id of the first record that does not fit the chain. */
  changeId: number
  reason: string
}

export interface ChainReport {
  ok: boolean
  records: number
  problem: ChainProblem | null
}

type StoredChange = ChainedContent & { id: number; hash: string | null }

/**
 * The chain checked a page of records at a time, in id order: `step()` checks the next page and returns the
 * report once the chain ends or breaks, null while records remain. Between pages nothing is held open, so
 * other queries (and writers) may run; records appended meanwhile are checked too (they extend the chain).
 *
 * The end is checked against the chain head (migration 0012), which every append moves in its own
 * transaction: the head is read first, then the records up to it, which were committed with it. A head ahead
 * of the last record means the last records were removed; records beyond the head were not appended by ROPA.
 */
class ChainWalk {
  private previous: { id: number; hash: string } | null = null
  private records = 0

  constructor(private readonly db: Db) {}

  private page(size: number, upTo?: number): Promise<StoredChange[]> {
    let query = this.db
      .selectFrom('changes')
      .select([
        'id',
        'at',
        'actor',
        'organisation_id',
        'entity',
        'entity_id',
        'operation',
        'before_json',
        'after_json',
        'prev_hash',
        'hash',
      ])
    // (No lower bound before the first record: PostgreSQL's integer ids take no JavaScript-sized sentinel.)
    if (this.previous) query = query.where('id', '>', this.previous.id)
    if (upTo !== undefined) query = query.where('id', '<=', upTo)
    return query.orderBy('id').limit(size).execute() as Promise<StoredChange[]>
  }

  private check(rows: StoredChange[]): ChainReport | null {
    for (const row of rows) {
      const previous = this.previous
      const records = ++this.records
      const expectedId: number = previous ? previous.id + 1 : row.id
      if (row.id !== expectedId) {
        return {
          ok: false,
          records,
          problem: {
            changeId: expectedId,
            reason: `record ${expectedId} is missing (the history jumps from ${previous!.id} to ${row.id})`,
          },
        }
      }
      if (row.prev_hash !== (previous?.hash ?? null)) {
        return {
          ok: false,
          records,
          problem: {
            changeId: row.id,
            reason: `record ${row.id} does not follow record ${previous?.id ?? '(none)'}: records were removed or reordered`,
          },
        }
      }
      if (row.hash !== hashChange(row)) {
        return {
          ok: false,
          records,
          problem: {
            changeId: row.id,
            reason: `record ${row.id} was altered after it was written (its content does not match its hash)`,
          },
        }
      }
      this.previous = { id: row.id, hash: row.hash }
    }
    return null
  }

  async step(size: number): Promise<ChainReport | null> {
    const rows = await this.page(size)
    const broken = this.check(rows)
    if (broken) return broken
    if (rows.length === size) return null
    return this.end(size)
  }

  /** The walk reached the last record it could see: compare with the head, read after it. */
  private async end(size: number): Promise<ChainReport | null> {
    const head = await this.db
      .selectFrom('change_chain_head')
      .select(['last_id', 'last_hash'])
      .where('id', '=', 1)
      .executeTakeFirst()
    const last = this.previous
    const fail = (changeId: number, reason: string): ChainReport => ({
      ok: false,
      records: this.records,
      problem: { changeId, reason },
    })
    if (!head)
      return fail(
        last?.id ?? 1,
        'the chain head is missing (it names the last record, so removed last records can be found)',
      )
    const headId = head.last_id ?? 0
    if (headId > (last?.id ?? 0)) {
      // Appended since the page was read (then they are there now), or removed.
      const more = await this.page(size, headId)
      if (more.length > 0) {
        const broken = this.check(more)
        return broken ?? (more.length === size ? null : this.end(size))
      }
      const missing = (last?.id ?? 0) + 1
      return fail(
        missing,
        `record ${missing} is missing (the last ${headId - (last?.id ?? 0)} record(s) were removed)`,
      )
    }
    if (last && headId < last.id)
      return fail(
        headId + 1,
        `record ${headId + 1} was added outside ROPA (the chain head names record ${headId} as the last)`,
      )
    if (last && head.last_hash !== last.hash)
      return fail(
        last.id,
        `record ${last.id} does not match the chain head: it was replaced or altered after it was written`,
      )
    return { ok: true, records: this.records, problem: null }
  }
}

/** Walk the whole chain in id order and report the first record that was altered, removed or moved. */
export async function verifyChain(db: Db): Promise<ChainReport> {
  const walk = new ChainWalk(db)
  for (;;) {
    const report = await walk.step(1000)
    if (report) return report
  }
}

/**
 * The same walk, letting other requests through between pages of records: the app checks the chain as it
 * opens, and a consultant's workspace has tens of thousands of records (80 MB to hash), which would otherwise
 * hold up the activities table for a second or more.
 */
export async function verifyChainInTurns(db: Db): Promise<ChainReport> {
  const walk = new ChainWalk(db)
  for (;;) {
    const report = await walk.step(500)
    if (report) return report
    await nextTurn()
  }
}
