/**
 * Where backups live and how they are named. Pre-migration copies sit beside the workspace
 * (`workspace.backup-<time>.sqlite`); automatic, manual and before-restore copies go to a folder beside it
 * (`workspace.backups/workspace.backup-<time>-<kind>.sqlite`).
 */
import fs from 'node:fs'
import path from 'node:path'

export type BackupKind = 'pre-migration' | 'automatic' | 'manual' | 'before-restore'

export interface BackupFile {
  /** The file name, which is also how the API refers to a backup (never a path from outside). */
  name: string
  path: string
  kind: BackupKind
  createdAt: string
  size: number
}

const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-')
const base = (workspace: string) => path.basename(workspace, path.extname(workspace))
const ext = (workspace: string) => path.extname(workspace) || '.sqlite'

export function backupFolder(workspace: string): string {
  return path.join(path.dirname(workspace), `${base(workspace)}.backups`)
}

export function preMigrationBackupPath(workspace: string, now: Date): string {
  return path.join(path.dirname(workspace), `${base(workspace)}.backup-${stampOf(now)}${ext(workspace)}`)
}

export function backupPath(workspace: string, kind: Exclude<BackupKind, 'pre-migration'>, now: Date): string {
  return path.join(
    backupFolder(workspace),
    `${base(workspace)}.backup-${stampOf(now)}-${kind}${ext(workspace)}`,
  )
}

const STAMP = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)`

function parse(workspace: string, dir: string, name: string, besideWorkspace: boolean): BackupFile | null {
  const prefix = `${base(workspace)}.backup-`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const suffix = ext(workspace).replace('.', '\\.')
  const match = besideWorkspace
    ? new RegExp(`^${prefix}${STAMP}${suffix}$`).exec(name)
    : new RegExp(`^${prefix}${STAMP}-(automatic|manual|before-restore)${suffix}$`).exec(name)
  if (!match) return null
  const [, stamp, kind] = match
  const iso = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z')
  const file = path.join(dir, name)
  return {
    name,
    path: file,
    kind: (kind as BackupKind) ?? 'pre-migration',
    createdAt: iso,
    size: fs.statSync(file).size,
  }
}

/** Every backup of a workspace, newest first. */
export function listBackupFiles(workspace: string): BackupFile[] {
  const found: BackupFile[] = []
  const scan = (dir: string, beside: boolean) => {
    if (!fs.existsSync(dir)) return
    for (const name of fs.readdirSync(dir)) {
      const file = parse(workspace, dir, name, beside)
      if (file) found.push(file)
    }
  }
  scan(path.dirname(workspace), true)
  scan(backupFolder(workspace), false)
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}
