/**
 * Opens (or creates) a workspace file safely:
 * 1. refuse a file that is not SQLite, or SQLite but not a ROPA workspace, or migrated by a newer app;
 * 2. copy an existing workspace to a timestamped backup beside it before applying pending migrations;
 * 3. open with WAL, foreign keys and synchronous=FULL, then migrate.
 * Every check in step 1 runs on a read-only connection, so a refused file is never modified.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator } from 'kysely'
import { ImmediateSqliteDialect, withStatementCache } from './dialect'
import { migrations as knownMigrations, StaticMigrationProvider } from '../../../migrations'
import { WorkspaceError } from '../errors'
import { preMigrationBackupPath } from '../backup/files'
import type { Database } from './schema'

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')
const MIGRATION_TABLE = 'kysely_migration'

export interface OpenOptions {
  /** Path to better-sqlite3's native binding built for another runtime (Electron in development). */
  nativeBinding?: string
  /** Defaults to every migration the app knows; tests pass a prefix to build older workspaces. */
  migrations?: typeof knownMigrations
  /** Clock for the backup name. */
  now?: () => Date
}

export interface Workspace {
  path: string
  sqlite: BetterSqlite3.Database
  db: Kysely<Database>
  /** Backup written before migrating, if one was needed. */
  backupPath: string | null
  close(): Promise<void>
}

function readHeader(file: string, length = SQLITE_HEADER.length): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0)
    return buffer.subarray(0, read)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * A file cut short (an interrupted copy or download) still starts with a valid header; the header also says
 * how many pages the database has, so a file shorter than that is damaged. Cheap: reads 100 bytes.
 */
function isTruncated(file: string): boolean {
  const header = readHeader(file, 100)
  if (header.length < 100) return true
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16)
  const pages = header.readUInt32BE(28)
  const headerSizeIsValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pages > 0
  return headerSizeIsValid && fs.statSync(file).size < pages * pageSize
}

export interface Inspection {
  applied: string[]
  hasTables: boolean
}

/** Reads what migrations a file has run, without writing to it. */
export function inspect(file: string, nativeBinding?: string): Inspection {
  let conn: BetterSqlite3.Database | undefined
  try {
    conn = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding })
    const tables = conn
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[]
    if (!tables.includes(MIGRATION_TABLE)) return { applied: [], hasTables: tables.length > 0 }
    const applied = conn.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).pluck().all() as string[]
    return { applied, hasTables: true }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new WorkspaceError(`${file} is damaged or is not a ROPA workspace (SQLite reports: ${(error as Error).message}). The file was not changed.`)
    }
    throw error
  } finally {
    conn?.close()
  }
}

/** Open the workspace at `file`, creating it (and its folder) when it does not exist. */
export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<Workspace> {
  const list = options.migrations ?? knownMigrations
  const known = new Set(Object.keys(list))
  const exists = fs.existsSync(file)
  let needsBackup = false

  if (exists) {
    if (fs.statSync(file).isDirectory()) throw new WorkspaceError(`${file} is a folder, not a workspace file.`)
    const header = readHeader(file)
    if (header.length > 0 && !header.equals(SQLITE_HEADER)) {
      throw new WorkspaceError(`${file} is not a ROPA workspace (it is not an SQLite database). The file was not changed.`)
    }
    if (header.length > 0) {
      if (isTruncated(file)) {
        throw new WorkspaceError(`${file} is damaged: the file is shorter than the database it describes (it may have been cut off while copying). The file was not changed. Restore a backup instead.`)
      }
      const { applied, hasTables } = inspect(file, options.nativeBinding)
      if (applied.length === 0 && hasTables) {
        throw new WorkspaceError(`${file} is an SQLite database, but not a ROPA workspace. The file was not changed.`)
      }
      const unknown = applied.filter((name) => !known.has(name))
      if (unknown.length > 0) {
        throw new WorkspaceError(
          `${file} was last saved by a newer version of ROPA (it contains changes this version does not know: ${unknown.join(', ')}). ` +
            'Install the newer version to open it. The file was not changed.',
        )
      }
      needsBackup = applied.length > 0 && applied.length < known.size
    }
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true })
  }

  let backupPath: string | null = null
  if (needsBackup) {
    backupPath = preMigrationBackupPath(file, options.now?.() ?? new Date())
    const source = new BetterSqlite3(file, { readonly: true, nativeBinding: options.nativeBinding })
    try {
      // The online backup API copies a consistent snapshot, including pages still in the WAL file.
      await source.backup(backupPath)
    } finally {
      source.close()
    }
  }

  const sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding })
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('busy_timeout = 5000')
    // SQLite's default page cache is 2 MB; a consultant's workspace is a few hundred. A 16 MB cache (filled only as
    // pages are read) keeps what the activity lists read in memory (a tenth less time for 20,000 activities);
    // more gained little and adds to the memory of a large export.
    sqlite.pragma('cache_size = -16384')
  } catch (error) {
    sqlite.close()
    throw error
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) })

  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(list) })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    const failed = results?.find((r) => r.status === 'Error')?.migrationName
    const where = backupPath ? ` Your data before the update is in ${backupPath}.` : ''
    throw new WorkspaceError(`Could not update the workspace ${file}${failed ? ` (step ${failed})` : ''}: ${(error as Error).message.replace(/\.+$/, '')}.${where}`)
  }

  return {
    path: file,
    sqlite,
    db,
    backupPath,
    close: () => db.destroy(),
  }
}
