/**
 * Backups are SQLite workspace files, whatever the engine (Storage.snapshot): for a file, SQLite's online backup
 * API (a consistent copy, WAL pages included, while the app runs); for a team database, a consistent snapshot
 * copied into a new file, which opens anywhere. An automatic copy after the day's changes, one a day kept for
 * the last few days (./schedule.ts; of files only: a team database is backed up on its server, docs/team.md),
 * copies on demand, and restoring one into the open workspace file.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Migrator } from 'kysely'
import { migrations, StaticMigrationProvider } from '../../../migrations'
import type { CoreContext } from '../context'
import { assertIntact } from '../db/damaged'
import { inspect } from '../db/open'
import { invalid, notFound, WorkspaceError } from '../errors'
import { mutate } from '../history/mutate'
import { partFileFor, removeStaleParts } from '../part-files'
import { backupFolder, backupPath, listBackupFiles, type BackupFile, type BackupKind } from './files'
import { automaticBackupDue, automaticCopiesToRemove } from './schedule'

/** Days of automatic copies kept (one copy each, the newest of the day). */
export const KEEP_AUTOMATIC = 7

/**
 * Copy the workspace, a file after SQLite's integrity check: a damaged file is refused in words (the
 * damaged-workspace message) rather than copied, so it never pushes a good automatic backup out of the seven kept.
 */
export async function createBackup(
  ctx: CoreContext,
  kind: Exclude<BackupKind, 'pre-migration'>,
  out?: string,
): Promise<BackupFile> {
  // A team database's integrity is its server's business; its snapshot is read through ordinary queries.
  if (ctx.storage.engine === 'sqlite') assertIntact(ctx.storage.sqlite, ctx.workspacePath)
  const base = ctx.storage.backupBase
  const target = out ?? backupPath(base, kind, ctx.now())
  if (!out) fs.mkdirSync(backupFolder(base), { recursive: true })
  removeStaleParts(path.dirname(target))
  const temp = partFileFor(target)
  try {
    await ctx.storage.snapshot(temp)
    fs.renameSync(temp, target)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
  const listed = listBackupFiles(base).find((b) => b.path === target)
  return (
    listed ?? {
      name: target,
      path: target,
      kind,
      createdAt: ctx.now().toISOString(),
      size: fs.statSync(target).size,
    }
  )
}

/** The newest change recorded in the workspace (the chain of changes: every write appends to it). */
async function lastChangeAt(ctx: CoreContext): Promise<Date | null> {
  const row = await ctx.db
    .selectFrom('changes')
    .select('at')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? new Date(row.at) : null
}

/**
 * Make the automatic backup if the schedule says so (./schedule.ts: after changes, one copy a day kept up to
 * date), then keep only the newest copy of each of the last few days. Old copies are removed only after the new
 * one is complete, so a failed backup leaves every earlier copy in place.
 */
export async function backUpIfDue(
  ctx: CoreContext,
  options: { closing?: boolean; firstUncopiedAt?: Date | null; keepDays?: number } = {},
): Promise<BackupFile | null> {
  // Not of a team database: every consultant's computer would keep a copy of every client's register.
  if (ctx.storage.engine !== 'sqlite') return null
  const automatic = () => listBackupFiles(ctx.storage.backupBase).filter((b) => b.kind === 'automatic')
  const latest = automatic()[0]
  const due = automaticBackupDue({
    now: ctx.now(),
    lastChangeAt: await lastChangeAt(ctx),
    firstUncopiedAt: options.firstUncopiedAt ?? null,
    latestAutomaticAt: latest ? new Date(latest.createdAt) : null,
    closing: options.closing,
  })
  if (!due) return null
  const made = await createBackup(ctx, 'automatic')
  for (const old of automaticCopiesToRemove(automatic(), options.keepDays ?? KEEP_AUTOMATIC))
    fs.rmSync(old.path, { force: true })
  return made
}

/**
 * Replace the open workspace's content with a backup (named as `backups.list` names it). The current state
 * is backed up first, and a backup from an older version is brought up to date with the migrations.
 */
export async function restoreBackup(
  ctx: CoreContext,
  name: string,
): Promise<{ restored: string; safetyCopy: string }> {
  const workspace = ctx.storage
  if (workspace.engine !== 'sqlite') {
    throw invalid(
      `A team database is not restored from the app: it would replace every consultant’s work. Copy the backup into a new, empty database with \`ropa copy --db BACKUP.sqlite --to postgres://…\` (docs/team.md).`,
    )
  }
  const backup = listBackupFiles(workspace.backupBase).find((b) => b.name === name)
  if (!backup) throw notFound(`The backup “${name}”`)
  let applied: string[]
  try {
    ;({ applied } = inspect(backup.path))
  } catch (error) {
    if (error instanceof WorkspaceError)
      throw invalid(
        `“${name}” cannot be restored: SQLite finds it damaged or unreadable. Choose another backup.`,
      )
    throw error
  }
  const unknown = applied.filter((m) => !(m in migrations))
  if (applied.length === 0 || unknown.length > 0) {
    throw invalid(
      `“${name}” cannot be restored: ${applied.length === 0 ? 'it is not a ROPA workspace' : 'it was made by a newer version of ROPA'}.`,
    )
  }
  const safety = await createBackup(ctx, 'before-restore')
  const source = new BetterSqlite3(backup.path, { readonly: true })
  try {
    await source.backup(workspace.path)
  } finally {
    source.close()
  }
  const { error } = await new Migrator({
    db: ctx.db,
    provider: new StaticMigrationProvider(),
  }).migrateToLatest()
  if (error) throw error
  await mutate(ctx, (tx) =>
    tx.record({
      organisationId: null,
      entity: 'workspace',
      entityId: 'workspace',
      operation: 'restore',
      before: { safetyCopy: safety.name },
      after: { restoredFrom: name },
    }),
  )
  return { restored: name, safetyCopy: safety.name }
}

/** What the automatic backups of the open workspace last did, for the Backups page. */
export interface AutomaticBackupStatus {
  lastFailure: { at: string; message: string } | null
}

const statuses = new WeakMap<CoreContext, AutomaticBackupStatus>()

export function automaticBackupStatus(ctx: CoreContext): AutomaticBackupStatus {
  return statuses.get(ctx) ?? { lastFailure: null }
}

/** How often a long-running host looks whether a backup is due (a query of one row and a folder listing). */
export const CHECK_EVERY_MS = 60 * 1000

/**
 * For long-running hosts (desktop app, browser mode): looks every minute whether the automatic backup is due,
 * and `close` makes the last one when the app closes. Never blocks start-up or a write: a backup runs beside
 * the requests, a failure is reported (and shown on the Backups page) and tried again at the next look.
 */
export function scheduleDailyBackups(
  ctx: CoreContext,
  report: (error: unknown) => void = (e) => console.error('[ropa] automatic backup failed:', e),
): { stop(): void; close(): Promise<void> } {
  const status: AutomaticBackupStatus = { lastFailure: null }
  statuses.set(ctx, status)
  // The oldest change seen that is not in a copy yet: known from watching, so typing without pause is copied too.
  let firstUncopiedAt: Date | null = null
  let running: Promise<void> | null = null
  const check = (closing = false) => {
    const run = async () => {
      try {
        const last = await lastChangeAt(ctx)
        const latest = listBackupFiles(ctx.storage.backupBase).find((b) => b.kind === 'automatic')
        if (last && (!latest || last > new Date(latest.createdAt))) firstUncopiedAt ??= last
        if (await backUpIfDue(ctx, { closing, firstUncopiedAt })) firstUncopiedAt = null
        status.lastFailure = null
      } catch (error) {
        status.lastFailure = {
          at: ctx.now().toISOString(),
          message: (error as Error).message ?? String(error),
        }
        report(error)
      }
    }
    // One backup at a time: a look while one runs waits for it.
    running = (running ?? Promise.resolve()).then(run).finally(() => (running = null))
    return running
  }
  const first = setTimeout(() => void check(), 5_000)
  const every = setInterval(() => void check(), CHECK_EVERY_MS)
  first.unref()
  every.unref()
  const stop = () => {
    clearTimeout(first)
    clearInterval(every)
  }
  return {
    stop,
    close: async () => {
      stop()
      await check(true)
    },
  }
}
