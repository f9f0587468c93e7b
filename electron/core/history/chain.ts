/**
 * Tamper evidence for the change history: every record carries the SHA-256 of its own content and of the
 * record before it (one chain per workspace). Editing a record changes its hash; removing or reordering
 * records breaks the links; ids are issued without gaps (AUTOINCREMENT), so a removed record leaves a hole.
 */
import { createHash } from 'node:crypto'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type BetterSqlite3 from 'better-sqlite3'
import type { CoreContext } from '../context'
import type { ChangesTable } from '../db/schema'

/** What a record's hash covers: everything but its id and its own hash. */
export type ChainedContent = Omit<ChangesTable, 'id' | 'hash'>

/** The hash of one record: its content and the previous record's hash, in a fixed order. */
export function hashChange(c: ChainedContent): string {
  const canonical = JSON.stringify([c.at, c.actor, c.organisation_id, c.entity, c.entity_id, c.operation, c.before_json, c.after_json, c.prev_hash])
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
 * other queries may run; records appended meanwhile are checked too (they extend the chain).
 */
class ChainWalk {
  private previous: { id: number; hash: string } | null = null
  private records = 0
  private readonly page: BetterSqlite3.Statement<[number, number]>

  constructor(private readonly sqlite: CoreContext['sqlite']) {
    this.page = sqlite.prepare('SELECT id, at, actor, organisation_id, entity, entity_id, operation, before_json, after_json, prev_hash, hash FROM changes WHERE id > ? ORDER BY id LIMIT ?')
  }

  step(size: number): ChainReport | null {
    const rows = this.page.all(this.previous?.id ?? Number.MIN_SAFE_INTEGER, size) as StoredChange[]
    for (const row of rows) {
      const previous = this.previous
      const records = ++this.records
      const expectedId: number = previous ? previous.id + 1 : row.id
      if (row.id !== expectedId) {
        return { ok: false, records, problem: { changeId: expectedId, reason: `record ${expectedId} is missing (the history jumps from ${previous!.id} to ${row.id})` } }
      }
      if (row.prev_hash !== (previous?.hash ?? null)) {
        return { ok: false, records, problem: { changeId: row.id, reason: `record ${row.id} does not follow record ${previous?.id ?? '(none)'}: records were removed or reordered` } }
      }
      if (row.hash !== hashChange(row)) {
        return { ok: false, records, problem: { changeId: row.id, reason: `record ${row.id} was altered after it was written (its content does not match its hash)` } }
      }
      this.previous = { id: row.id, hash: row.hash }
    }
    if (rows.length === size) return null
    // A removed last record leaves the id counter ahead of the last id.
    const last = this.previous?.id ?? 0
    const issued = this.sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").pluck().get() as number | undefined
    if (issued !== undefined && issued > last) {
      const missing = last + 1
      return { ok: false, records: this.records, problem: { changeId: missing, reason: `record ${missing} is missing (the last ${issued - last} record(s) were removed)` } }
    }
    return { ok: true, records: this.records, problem: null }
  }
}

/** Walk the whole chain in id order and report the first record that was altered, removed or moved. */
export function verifyChain(sqlite: CoreContext['sqlite']): ChainReport {
  const walk = new ChainWalk(sqlite)
  for (;;) {
    const report = walk.step(1000)
    if (report) return report
  }
}

/**
 * The same walk, letting other requests through between pages of records: the app checks the chain as it
 * opens, and a consultant's workspace has tens of thousands of records (80 MB to hash), which would otherwise
 * hold up the activities table for a second or more.
 */
export async function verifyChainInTurns(sqlite: CoreContext['sqlite']): Promise<ChainReport> {
  const walk = new ChainWalk(sqlite)
  for (;;) {
    const report = walk.step(500)
    if (report) return report
    await nextTurn()
  }
}
