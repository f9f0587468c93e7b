/** What every service call needs: the open workspace, who is acting, and a clock. */
import os from 'node:os'
import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { Workspace } from './db/open'
import { APP_VERSION } from './version'

export interface CoreContext {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  workspacePath: string
  /** The OS user name, recorded as the author of every change. */
  actor: string
  now(): Date
  version: string
  /** Where an unexpected error (a bug) is reported with its stack; the CLI keeps stacks for `--debug`. */
  logError(what: string, error: unknown): void
}

export function logToStderr(what: string, error: unknown) {
  console.error(`[ropa] ${what} failed unexpectedly:`, error)
}

export function osUserName(): string {
  try {
    return os.userInfo().username || 'unknown'
  } catch {
    return process.env.USER || process.env.USERNAME || 'unknown'
  }
}

export function createContext(workspace: Workspace, overrides: Partial<Pick<CoreContext, 'actor' | 'now' | 'logError'>> = {}): CoreContext {
  return {
    db: workspace.db,
    sqlite: workspace.sqlite,
    workspacePath: workspace.path,
    actor: overrides.actor ?? osUserName(),
    now: overrides.now ?? (() => new Date()),
    version: APP_VERSION,
    logError: overrides.logError ?? logToStderr,
  }
}
