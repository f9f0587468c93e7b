/**
 * The storage seam: the core speaks Kysely to an open workspace described by `Storage`, never to a driver.
 * Two implementations: SQLite (db/open.ts, a file, the default) and PostgreSQL (db/postgres.ts, a team
 * database). What their SQL does differently is answered here, by engine, so services stay one piece of code.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { Database } from './schema'

export type Engine = 'sqlite' | 'postgres'

export interface Storage {
  engine: Engine
  db: Kysely<Database>
  /** What the user is shown: the file path, or the URL without its password. */
  location: string
  /**
   * The file backups are named after and kept beside: the workspace file itself, or for a team database a
   * file name in the per-user data folder (backups of a team database are SQLite snapshots on this computer).
   */
  backupBase: string
  /** The backup written before migrating, if one was needed. */
  backupPath: string | null
  /** The database's own name for who is connected (the PostgreSQL role); null for a file. */
  role: string | null
  /** Write a consistent, portable SQLite copy of the whole workspace to `file` (which must not exist). */
  snapshot(file: string): Promise<void>
  close(): Promise<void>
}

/** A LIMIT that means "no limit": SQLite accepts OFFSET only after a LIMIT and takes -1; PostgreSQL takes NULL. */
export function noLimit(engine: Engine): number | null {
  return engine === 'sqlite' ? -1 : null
}

/**
 * LIKE that ignores the case of a–z: SQLite's LIKE does; PostgreSQL's ILIKE does too, and on the "C" collation
 * migration 0012 gives text columns, only for a–z as well, so both engines find the same activities.
 */
export function caseInsensitiveLike(engine: Engine): 'like' | 'ilike' {
  return engine === 'sqlite' ? 'like' : 'ilike'
}

/**
 * Lock the rows a query reads until the transaction ends. PostgreSQL needs FOR UPDATE; SQLite has no row locks
 * and needs none: its transactions begin IMMEDIATE (db/dialect.ts), holding the one write lock from the start.
 */
export function forUpdate<DB, TB extends keyof DB, O>(
  engine: Engine,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return engine === 'postgres' ? query.forUpdate() : query
}
