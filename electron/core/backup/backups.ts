/**
 * Backups are SQLite workspace files, whatever the engine (Storage.snapshot): for a file, SQLite's online backup
 * API (a consistent copy, WAL pages included, while the app runs); for a team database, a consistent snapshot
 * copied into a new file, which opens anywhere. A daily automatic copy keeping the last few (of files only: a
 * team database is backed up on its server, docs/team.md), copies on demand, and restoring one into the open
 * workspace file.
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
import { localIsoDate } from '../services/checks'
import { backupFolder, backupPath, listBackupFiles, type BackupFile, type BackupKind } from './files'

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

/** Make today's automatic backup unless there is one, and keep only the newest few automatic ones. */
export async function ensureDailyBackup(ctx: CoreContext, keep = KEEP_AUTOMATIC): Promise<BackupFile | null> {
  // Not of a team database: every consultant's computer would keep a copy of every client's register.
  if (ctx.storage.engine !== 'sqlite') return null
  const today = localIsoDate(ctx.now())
  const automatic = () => listBackupFiles(ctx.storage.backupBase).filter((b) => b.kind === 'automatic')
  let made: BackupFile | null = null
  if (!automatic().some((b) => localIsoDate(new Date(b.createdAt)) === today))
    made = await createBackup(ctx, 'automatic')
  for (const old of automatic().slice(keep)) fs.rmSync(old.path, { force: true })
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

/**
 * For long-running hosts (desktop app, browser mode): today's backup shortly after start, then a check every
 * few hours. Never blocks start-up; a failure is reported and retried at the next check.
 */
export function scheduleDailyBackups(
  ctx: CoreContext,
  report: (error: unknown) => void = (e) => console.error('[ropa] automatic backup failed:', e),
): () => void {
  const run = () => void ensureDailyBackup(ctx).catch(report)
  const first = setTimeout(run, 5_000)
  const every = setInterval(run, 6 * 60 * 60 * 1000)
  first.unref()
  every.unref()
  return () => {
    clearTimeout(first)
    clearInterval(every)
  }
}
