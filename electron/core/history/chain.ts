/**
 * Tamper evidence for the change history: every record carries the SHA-256 of its own content and of the
 * record before it (one chain per workspace). Editing a record changes its hash; removing or reordering
 * records breaks the links; ids are issued without gaps (AUTOINCREMENT), so a removed record leaves a hole.
 */
import { createHash } from 'node:crypto'
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

/** Walk the whole chain in id order and report the first record that was altered, removed or moved. */
export function verifyChain(sqlite: CoreContext['sqlite']): ChainReport {
  const rows = sqlite
    .prepare('SELECT id, at, actor, organisation_id, entity, entity_id, operation, before_json, after_json, prev_hash, hash FROM changes ORDER BY id')
    .iterate() as IterableIterator<ChainedContent & { id: number; hash: string | null }>
  let previous = null as { id: number; hash: string } | null
  let records = 0
  for (const row of rows) {
    records++
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
    previous = { id: row.id, hash: row.hash }
  }
  // A removed last record leaves the id counter ahead of the last id.
  const issued = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").pluck().get() as number | undefined
  if (issued !== undefined && issued > (previous?.id ?? 0)) {
    const missing = (previous?.id ?? 0) + 1
    return { ok: false, records, problem: { changeId: missing, reason: `record ${missing} is missing (the last ${issued - (previous?.id ?? 0)} record(s) were removed)` } }
  }
  return { ok: true, records, problem: null }
}
