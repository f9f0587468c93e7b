/**
 * A damaged workspace, wherever the damage is found: the integrity check at open, before a backup and before a
 * restore, or SQLite reporting SQLITE_CORRUPT / SQLITE_NOTADB in the middle of an operation. One message says
 * which file, that ROPA left it alone, and which backup to restore and how.
 */
import type BetterSqlite3 from 'better-sqlite3'
import { backupFolder, listBackupFiles, type BackupFile } from '../backup/files'
import { WorkspaceError } from '../errors'

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`

/** `what` says what is wrong, as a clause: “SQLite cannot read parts of it (…)”. */
export function damagedWorkspaceMessage(file: string, what: string): string {
  let latest: BackupFile | undefined
  try {
    latest = listBackupFiles(file)[0]
  } catch {
    // A folder that cannot be read has no backup ROPA could point to.
  }
  const restore = latest
    ? `The latest backup is ${latest.path} (made ${when(latest.createdAt)}). To restore it, close ROPA, move the damaged file somewhere else (keep it), and copy the backup to ${file}.`
    : `There is no backup of it in ${backupFolder(file)}. If you keep copies elsewhere, close ROPA, move the damaged file somewhere else (keep it), and copy your latest copy of it to ${file}.`
  return `${file} is damaged: ${what.replace(/\.$/, '')}. ROPA did not change it. ${restore}`
}

const quoted = (detail: string) => `“${detail.replace(/\s+/g, ' ').trim().replace(/\.$/, '').slice(0, 120)}”`

/** SQLite's own words for what it could not read (SQLITE_CORRUPT, SQLITE_NOTADB), cut to fit a sentence. */
export const sqliteCannotRead = (detail: string) => `SQLite could not read part of it (${quoted(detail)})`

/** What quick_check found: how many findings, and the first in SQLite's words. */
function integrityFindings(findings: string[]): string {
  const lines = findings
    .flatMap((f) => f.split('\n'))
    .filter((l) => l.trim() !== '' && !/^\*\*\* in database/.test(l))
  const first = lines[0] ?? findings[0] ?? 'unknown'
  return `SQLite's integrity check found damage in it (${lines.length > 1 ? 'several findings, the first: ' : ''}${quoted(first)})`
}

/**
 * SQLite's quick_check: every page and index entry of the file read and checked (not the slower cross-checks of
 * integrity_check). Throws the damaged-workspace message when it finds anything.
 */
export function assertIntact(sqlite: BetterSqlite3.Database, file: string): void {
  let findings: string[]
  try {
    findings = (sqlite.pragma('quick_check(3)') as Record<string, unknown>[]).map((row) =>
      String(Object.values(row)[0]),
    )
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '')
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
      throw new WorkspaceError(damagedWorkspaceMessage(file, sqliteCannotRead((error as Error).message)))
    throw error
  }
  if (findings.length === 1 && findings[0] === 'ok') return
  throw new WorkspaceError(damagedWorkspaceMessage(file, integrityFindings(findings)))
}
