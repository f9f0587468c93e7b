/**
 * Why an operation failed, in words a DPO understands: the one mapping every host uses (dispatch for the app's
 * IPC and browser mode's HTTP, the `ropa` command, export jobs). An error the core raises on purpose keeps its
 * own message; SQLite's, PostgreSQL's (a team database) and the file system's codes become a sentence that says what happened and what to do;
 * anything else is unexpected, the only kind worth a stack trace (and only where the host shows one).
 */
import type { ApiError, ErrorCode } from '../../shared/api'
import { damagedWorkspaceMessage, sqliteCannotRead } from './db/damaged'
import { AppError, WorkspaceError } from './errors'

export interface Failure extends ApiError {
  /** False for a bug: the host logs it with its stack. */
  expected: boolean
}

export const UNEXPECTED =
  'Something went wrong inside ROPA, and nothing was changed. If it happens again, restart ROPA.'

const SQLITE: Record<string, [ErrorCode, string]> = {
  SQLITE_CONSTRAINT_UNIQUE: [
    'CONFLICT',
    'This would create a duplicate: an entry with the same name or reference already exists. Nothing was changed.',
  ],
  SQLITE_CONSTRAINT_PRIMARYKEY: ['CONFLICT', 'This would create a duplicate entry. Nothing was changed.'],
  SQLITE_CONSTRAINT_FOREIGNKEY: [
    'CONFLICT',
    'This entry is used elsewhere in the register, or refers to something that no longer exists. Nothing was changed.',
  ],
  SQLITE_BUSY: [
    'CONFLICT',
    'The workspace file is busy (another ROPA window or command is writing to it). Try again in a moment. Nothing was changed.',
  ],
  SQLITE_LOCKED: [
    'CONFLICT',
    'The workspace file is busy (another ROPA window or command is writing to it). Try again in a moment. Nothing was changed.',
  ],
  SQLITE_FULL: [
    'INTERNAL',
    'The disk is full, so nothing could be saved. Free some space and try again. Nothing was changed.',
  ],
}

const BUSY_TEAM =
  'Another consultant was saving related entries at the same moment. Try again. Nothing was changed.'

/** The same for a team database, by PostgreSQL's SQLSTATE codes and the network's. */
const POSTGRES: Record<string, [ErrorCode, string]> = {
  '23505': SQLITE.SQLITE_CONSTRAINT_UNIQUE,
  '23503': SQLITE.SQLITE_CONSTRAINT_FOREIGNKEY,
  '40P01': ['CONFLICT', BUSY_TEAM],
  '40001': ['CONFLICT', BUSY_TEAM],
  '25006': [
    'CONFLICT',
    'The team database is read-only at the moment (a standby server?), so nothing can be saved. Nothing was changed.',
  ],
  '42501': [
    'CONFLICT',
    'Your database role may not change the register (permission denied). Ask the database administrator (docs/team.md). Nothing was changed.',
  ],
  '53100': [
    'INTERNAL',
    'The team database server’s disk is full, so nothing could be saved. Tell its administrator. Nothing was changed.',
  ],
  '57P01': [
    'INTERNAL',
    'The team database was shut down while saving. Nothing was changed; try again when it is back.',
  ],
  ECONNREFUSED: [
    'INTERNAL',
    'The team database cannot be reached (connection refused). Nothing was changed; try again when it is back.',
  ],
  ECONNRESET: ['INTERNAL', 'The connection to the team database was lost. Nothing was changed; try again.'],
  ETIMEDOUT: ['INTERNAL', 'The team database did not answer in time. Nothing was changed; try again.'],
}

/** The sentence for `error`; `workspacePath` names the file in messages about the workspace itself. */
export function failureOf(error: unknown, workspacePath?: string): Failure {
  if (error instanceof AppError)
    return {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      expected: true,
    }
  if (error instanceof WorkspaceError) return { code: 'INTERNAL', message: error.message, expected: true }
  const code = (error as { code?: unknown })?.code
  if (typeof code !== 'string') return { code: 'INTERNAL', message: UNEXPECTED, expected: false }
  // SQLite reports extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED…): the exact one, else its family.
  const family = code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')
  const known = SQLITE[code] ?? SQLITE[family] ?? POSTGRES[code]
  if (known) return { code: known[0], message: known[1], expected: true }
  const file = workspacePath ? ` ${workspacePath}` : ''
  switch (family) {
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return {
        code: 'INTERNAL',
        message: workspacePath
          ? damagedWorkspaceMessage(workspacePath, sqliteCannotRead((error as Error).message))
          : `The workspace file is damaged: ${sqliteCannotRead((error as Error).message)}. ROPA did not change it. Restore its latest backup.`,
        expected: true,
      }
    case 'SQLITE_READONLY':
      return {
        code: 'CONFLICT',
        message: `The workspace file${file} is read-only, so nothing can be saved, and nothing was changed. Check its permissions, or copy it somewhere you may write and open the copy.`,
        expected: true,
      }
    case 'SQLITE_IOERR':
    case 'SQLITE_CANTOPEN':
      return {
        code: 'INTERNAL',
        message: `ROPA could not read or write the workspace file${file} (${(error as Error).message}). Check that the disk or network folder it is on is still there. Nothing was changed.`,
        expected: true,
      }
  }
  const where = (error as { path?: unknown }).path
  const target = typeof where === 'string' ? where : 'the file'
  switch (code) {
    case 'ENOSPC':
      return {
        code: 'INTERNAL',
        message: `The disk is full, so ${target} could not be written. Free some space and try again. Nothing was saved.`,
        expected: true,
      }
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'CONFLICT',
        message: `ROPA may not write to ${target}. Choose another place, or check its permissions. Nothing was saved.`,
        expected: true,
      }
    case 'EROFS':
      return {
        code: 'CONFLICT',
        message: `${target} is on a read-only disk. Choose another place. Nothing was saved.`,
        expected: true,
      }
    case 'ENOENT':
      return {
        code: 'NOT_FOUND',
        message: `${target === 'the file' ? 'The folder or file' : target} no longer exists (it may have been moved or deleted). Nothing was saved.`,
        expected: true,
      }
    case 'EISDIR':
      return {
        code: 'VALIDATION',
        message: `${target} is a folder, not a file. Nothing was saved.`,
        expected: true,
      }
  }
  return { code: 'INTERNAL', message: UNEXPECTED, expected: false }
}
