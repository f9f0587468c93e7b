/**
 * Opens (or creates) a workspace file safely:
 * 1. refuse a folder, an empty file, a file that is not SQLite, one cut short, SQLite but not a ROPA workspace,
 *    one migrated by a newer app, and one SQLite's integrity check finds damaged;
 * 2. copy an existing workspace to a timestamped backup beside it before applying pending migrations;
 * 3. open with WAL, foreign keys and synchronous=FULL, then migrate.
 * Step 1 writes nothing, so a refused file is left exactly as it was, without `-wal` or `-shm` files beside it.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator } from 'kysely'
import { ImmediateSqliteDialect, withStatementCache } from './dialect'
import { migrations as knownMigrations, StaticMigrationProvider } from '../../../migrations'
import { WorkspaceError } from '../errors'
import { assertIntact, damagedWorkspaceMessage, sqliteCannotRead } from './damaged'
import { preMigrationBackupPath } from '../backup/files'
import type { Database } from './schema'
import type { Storage } from './storage'

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

/** A workspace in a SQLite file: the storage seam's default implementation. */
export interface SqliteWorkspace extends Storage {
  engine: 'sqlite'
  path: string
  /** The raw handle, for what only SQLite has (pragmas, the online backup); services never use it. */
  sqlite: BetterSqlite3.Database
  /** The file may not be written (its permissions): it was read into memory, and every write is refused. */
  readOnly: boolean
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

/** Whether SQLite could write the file and create its `-wal` and `-shm` files beside it. */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK)
    fs.accessSync(path.dirname(file), fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}

/**
 * A connection to an existing file that leaves the file exactly as it was until something is written. A file
 * ROPA may write is opened normally: reading writes nothing, and closing the last connection removes the `-wal`
 * and `-shm` files SQLite made. A read-only one would keep those files forever (a reader cannot remove them),
 * so unless they are there already (another program has the file open) it is read from a copy in memory, and
 * every write is refused as for a read-only file.
 */
function connect(
  file: string,
  nativeBinding: string | undefined,
): { sqlite: BetterSqlite3.Database; readOnly: boolean } {
  if (writable(file))
    return { sqlite: new BetterSqlite3(file, { fileMustExist: true, nativeBinding }), readOnly: false }
  if (fs.existsSync(`${file}-wal`))
    return {
      sqlite: new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding }),
      readOnly: true,
    }
  const bytes = fs.readFileSync(file)
  // A database in memory has no WAL file: the same pages, read as an ordinary (rollback-journal) database.
  if (bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20)
  return { sqlite: new BetterSqlite3(bytes, { readonly: true, nativeBinding }), readOnly: true }
}

export interface Inspection {
  applied: string[]
  hasTables: boolean
}

const damagedError = (file: string, error: unknown) => {
  const code = String((error as { code?: unknown }).code ?? '')
  return code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')
    ? new WorkspaceError(damagedWorkspaceMessage(file, sqliteCannotRead((error as Error).message)))
    : error
}

/** What migrations the workspace on `sqlite` has run, read without writing anything. */
function inspectConnection(sqlite: BetterSqlite3.Database, file: string): Inspection {
  try {
    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[]
    if (!tables.includes(MIGRATION_TABLE)) return { applied: [], hasTables: tables.length > 0 }
    const applied = sqlite
      .prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`)
      .pluck()
      .all() as string[]
    return { applied, hasTables: true }
  } catch (error) {
    throw damagedError(file, error)
  }
}

/** Reads what migrations a file has run and checks its integrity, leaving the file as it was (a backup before a restore). */
export function inspect(file: string, nativeBinding?: string): Inspection {
  const { sqlite } = connect(file, nativeBinding)
  try {
    const inspection = inspectConnection(sqlite, file)
    assertIntact(sqlite, file)
    return inspection
  } finally {
    sqlite.close()
  }
}

/** Refuses what is not a workspace ROPA can open, before SQLite touches it. */
function checkFile(file: string) {
  if (fs.statSync(file).isDirectory()) throw new WorkspaceError(`${file} is a folder, not a workspace file.`)
  const header = readHeader(file)
  if (header.length === 0) {
    throw new WorkspaceError(
      `${file} is an empty file (0 bytes), not a workspace. The file was not changed. Give the path of your workspace, or the path of a file that does not exist yet to start a new one (with ropa import or ropa serve).`,
    )
  }
  if (!header.equals(SQLITE_HEADER))
    throw new WorkspaceError(
      `${file} is not a ROPA workspace (it is not an SQLite database). The file was not changed.`,
    )
  if (isTruncated(file)) {
    throw new WorkspaceError(
      damagedWorkspaceMessage(
        file,
        'the file is shorter than the database it describes (it may have been cut off while copying)',
      ),
    )
  }
}

/**
 * Open the workspace at `file`, creating it (and its folder) when it does not exist. An existing file is checked
 * (what it is, which version wrote it, its integrity) on the connection that then serves it, before anything
 * is written to it: a refused file is closed as it was found, with no `-wal` or `-shm` file left beside it.
 */
export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<SqliteWorkspace> {
  const list = options.migrations ?? knownMigrations
  const known = Object.keys(list)
  let sqlite: BetterSqlite3.Database
  let readOnly = false
  let pending = true
  let backupPath: string | null = null

  if (fs.existsSync(file)) {
    checkFile(file)
    ;({ sqlite, readOnly } = connect(file, options.nativeBinding))
    try {
      const { applied, hasTables } = inspectConnection(sqlite, file)
      if (applied.length === 0 && hasTables) {
        throw new WorkspaceError(
          `${file} is an SQLite database, but not a ROPA workspace. The file was not changed.`,
        )
      }
      const unknown = applied.filter((name) => !(name in list))
      if (unknown.length > 0) {
        throw new WorkspaceError(
          `${file} was last saved by a newer version of ROPA (it contains changes this version does not know: ${unknown.join(', ')}). ` +
            'Install the newer version to open it. The file was not changed.',
        )
      }
      assertIntact(sqlite, file)
      pending = known.some((name) => !applied.includes(name))
      if (pending && readOnly) {
        throw new WorkspaceError(
          `${file} is read-only, and this version of ROPA must update it before it can open it. Make the file writable (check its permissions), or copy it somewhere you may write and open the copy. The file was not changed.`,
        )
      }
      if (pending && applied.length > 0) {
        backupPath = preMigrationBackupPath(file, options.now?.() ?? new Date())
        // The online backup API copies a consistent snapshot, including pages still in the WAL file.
        await sqlite.backup(backupPath)
      }
    } catch (error) {
      sqlite.close()
      throw error
    }
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding })
  }

  try {
    if (!readOnly) sqlite.pragma('journal_mode = WAL')
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
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
  })

  // Nothing pending, nothing written: a command that only reads never takes the write lock.
  if (pending) {
    const migrator = new Migrator({ db, provider: new StaticMigrationProvider(list) })
    const { error, results } = await migrator.migrateToLatest()
    if (error) {
      await db.destroy()
      const failed = results?.find((r) => r.status === 'Error')?.migrationName
      const where = backupPath ? ` Your data before the update is in ${backupPath}.` : ''
      throw new WorkspaceError(
        `Could not update the workspace ${file}${failed ? ` (step ${failed})` : ''}: ${(error as Error).message.replace(/\.+$/, '')}.${where}`,
      )
    }
  }

  return {
    engine: 'sqlite',
    path: file,
    location: file,
    backupBase: file,
    role: null,
    sqlite,
    db,
    backupPath,
    readOnly,
    // The online backup API copies a consistent snapshot, including pages still in the WAL file, while others write.
    snapshot: async (target) => {
      await sqlite.backup(target)
    },
    close: () => db.destroy(),
  }
}
