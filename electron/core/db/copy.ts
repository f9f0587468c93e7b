/**
 * A whole workspace copied from one storage to another (a file to a team database, or back): every table the
 * migrations made, row for row with its ids, parents before the rows that refer to them; the change history
 * with its chain and chain head as they are, so `ropa verify` passes on the copy. The source is read in one
 * consistent snapshot while others may go on working; the target is written in one transaction and checked
 * (its chain verified) before it commits, so a failed copy leaves it as it was.
 */
import fs from 'node:fs'
import type { Kysely, Transaction } from 'kysely'
import { sql } from 'kysely'
import { WorkspaceError } from '../errors'
import { verifyChain, type ChainReport } from '../history/chain'
import { insertRows } from './insert-rows'
import { openWorkspace } from './open'
import type { Database } from './schema'
import type { Workspace } from './workspace'

export interface CopyReport {
  /** Rows copied per table, in the order they were copied. */
  tables: { table: string; rows: number }[]
  chain: ChainReport
}

type AnyDb = Kysely<any>

/** Tables ROPA's migrations made (not Kysely's own bookkeeping), each with the tables it refers to. */
async function tablesWithParents(workspace: Workspace, db: AnyDb): Promise<Map<string, Set<string>>> {
  const tables = new Map<string, Set<string>>()
  if (workspace.engine === 'sqlite') {
    const { rows } = await sql<{
      name: string
    }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'kysely\\_%' ESCAPE '\\'`.execute(
      db,
    )
    for (const { name } of rows) {
      const parents = await sql<{
        table: string
      }>`SELECT "table" FROM pragma_foreign_key_list(${name})`.execute(db)
      tables.set(name, new Set(parents.rows.map((p) => p.table).filter((p) => p !== name)))
    }
  } else {
    const { rows } = await sql<{
      name: string
    }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely\\_%' ESCAPE '\\'`.execute(
      db,
    )
    for (const { name } of rows) tables.set(name, new Set())
    const { rows: links } = await sql<{ child: string; parent: string }>`
      SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace`.execute(db)
    for (const { child, parent } of links) if (child !== parent) tables.get(child)?.add(parent)
  }
  return tables
}

/** Parents first; ties by name, so the order is the same every time. */
function parentsFirst(tables: Map<string, Set<string>>): string[] {
  const order: string[] = []
  const placed = new Set<string>()
  const visit = (table: string, path: Set<string>) => {
    if (placed.has(table) || path.has(table)) return
    path.add(table)
    for (const parent of [...(tables.get(table) ?? [])].sort()) if (tables.has(parent)) visit(parent, path)
    placed.add(table)
    order.push(table)
  }
  for (const table of [...tables.keys()].sort()) visit(table, new Set())
  return order
}

/** Columns a team database keeps as bytes, for text a file kept in the same column (older export snapshots). */
async function byteColumns(workspace: Workspace, db: AnyDb): Promise<Set<string>> {
  if (workspace.engine !== 'postgres') return new Set()
  const { rows } = await sql<{
    t: string
    c: string
  }>`SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'bytea'`.execute(
    db,
  )
  return new Set(rows.map((r) => `${r.t}.${r.c}`))
}

/**
 * The target must hold no register yet: no organisation, no change record. Rows a migration put in a fresh
 * workspace (the chain head, any seeded defaults) are replaced by the source's.
 */
async function refuseNonEmpty(target: Workspace, db: AnyDb): Promise<void> {
  for (const table of ['organisations', 'changes']) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)
    if (Number(rows[0].n) > 0) {
      throw new WorkspaceError(
        `${target.location} already holds a workspace (its table ${table} has ${rows[0].n} rows). Copy into a new file or an empty database. Nothing was written.`,
      )
    }
  }
}

const ROWS_PER_READ = 1000

/** Read the source in one snapshot: PostgreSQL's REPEATABLE READ; a SQLite transaction (IMMEDIATE, db/dialect.ts) keeps writers out meanwhile. */
function inSnapshot<T>(source: Workspace, run: (db: Transaction<Database>) => Promise<T>): Promise<T> {
  if (source.engine === 'postgres') {
    return source.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`SET TRANSACTION READ ONLY`.execute(trx)
        return run(trx)
      })
  }
  return source.db.transaction().execute(run)
}

export async function copyWorkspace(source: Workspace, target: Workspace): Promise<CopyReport> {
  if (source.location === target.location)
    throw new WorkspaceError('The copy would overwrite its own source: give another --to.')
  return inSnapshot(source, (src) =>
    target.db.transaction().execute(async (dst) => {
      const sourceTables = await tablesWithParents(source, src)
      const targetTables = await tablesWithParents(target, dst)
      const missing = [...sourceTables.keys()].filter((t) => !targetTables.has(t))
      if (missing.length > 0)
        throw new WorkspaceError(
          `${target.location} lacks the tables ${missing.join(', ')}: is it an older version of ROPA's workspace? Nothing was written.`,
        )
      const order = parentsFirst(targetTables).filter((t) => sourceTables.has(t))
      await refuseNonEmpty(target, dst)
      const bytes = await byteColumns(target, dst)
      const report: CopyReport = { tables: [], chain: { ok: true, records: 0, problem: null } }
      for (const table of order) {
        await sql`DELETE FROM ${sql.table(table)}`.execute(dst)
        // The history in id order, so the chain is inserted as it runs; other tables in any order.
        let query = (src as AnyDb).selectFrom(table).selectAll()
        if (table === 'changes') query = query.orderBy('id')
        let rows = 0
        let batch: Record<string, unknown>[] = []
        const flush = async () => {
          await insertRows(dst, table as keyof Database, batch as never[])
          rows += batch.length
          batch = []
        }
        for await (const row of query.stream(ROWS_PER_READ)) {
          for (const [column, value] of Object.entries(row))
            if (typeof value === 'string' && bytes.has(`${table}.${column}`))
              row[column] = Buffer.from(value, 'utf8')
          batch.push(row)
          if (batch.length >= ROWS_PER_READ) await flush()
        }
        if (batch.length > 0) await flush()
        report.tables.push({ table, rows })
      }
      if (target.engine === 'postgres') {
        // Ids were copied as they are; the identity goes on after the last one.
        await sql`SELECT setval(pg_get_serial_sequence('changes', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM changes`.execute(
          dst,
        )
      }
      report.chain = await verifyChain(dst)
      if (!report.chain.ok) {
        throw new WorkspaceError(
          `The copy's change history does not verify (${report.chain.problem!.reason}); run \`ropa verify\` on the source. Nothing was written.`,
        )
      }
      return report
    }),
  )
}

/** A portable SQLite copy of a workspace at `file` (a new file): backups of a team database. */
export async function snapshotToFile(source: Workspace, file: string): Promise<CopyReport> {
  if (fs.existsSync(file)) throw new WorkspaceError(`${file} exists already. Choose a new file name.`)
  const target = await openWorkspace(file)
  try {
    return await copyWorkspace(source, target)
  } catch (error) {
    await target.close()
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    throw error
  } finally {
    await target.close().catch(() => {})
  }
}
