/** What every service call needs: the open workspace, who is acting, and a clock. */
import os from 'node:os'
import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { Workspace } from './db/workspace'
import { browserHost, type Host } from './host'
import { APP_VERSION } from './version'

export interface CoreContext {
  db: Kysely<Database>
  /** The open workspace behind `db` (the storage seam, db/storage.ts): which engine, where, its backups. */
  storage: Workspace
  /** Where the workspace is, as the user is shown it: the file path, or the team database's URL without password. */
  workspacePath: string
  /** Who is acting, recorded as the author of every change: the caller of this request (dispatch), by default the workspace's user. */
  actor: string
  now(): Date
  version: string
  /** Where an unexpected error (a bug) is reported with its stack; the CLI keeps stacks for `--debug`. */
  logError(what: string, error: unknown): void
  /** What the host around the core offers (a save dialog, --out, "show in folder"): injected, never reached for. */
  host: Host
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

/**
 * Who acts when a request names nobody: for a file the computer's user; for a team database the database role
 * the server authenticated (docs/team.md: one role per consultant), so the history names who really connected.
 */
export function defaultActor(workspace: Workspace): string {
  return workspace.role ?? osUserName()
}

export function createContext(
  workspace: Workspace,
  overrides: Partial<Pick<CoreContext, 'actor' | 'now' | 'logError' | 'host'>> = {},
): CoreContext {
  return {
    db: workspace.db,
    storage: workspace,
    workspacePath: workspace.location,
    actor: overrides.actor ?? defaultActor(workspace),
    now: overrides.now ?? (() => new Date()),
    version: APP_VERSION,
    logError: overrides.logError ?? logToStderr,
    host: overrides.host ?? browserHost,
  }
}

/** The same workspace and clock, acting for another caller (one request of one user). */
export function forCaller(ctx: CoreContext, actor: string | undefined): CoreContext {
  return actor === undefined || actor === ctx.actor ? ctx : { ...ctx, actor }
}
