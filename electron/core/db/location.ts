/**
 * Where a workspace is — the one place that classifies what `--db` or `ROPA_DB` names: a SQLite file (a path,
 * or a `file://` URL), or a PostgreSQL team database (`postgres://role@host:port/dbname`, checked here). A URL of
 * any other scheme (`sqlite://`, `https://`…) or a malformed PostgreSQL URL is refused in words, never taken for
 * a file name. A URL is shown and logged only without its password (`redactUrl`).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { WorkspaceError } from '../errors'
import { userDataDir, WORKSPACE_FILE_NAME } from './paths'

export type WorkspaceLocation = { kind: 'file'; path: string } | { kind: 'postgres'; url: string }

/** A scheme of two letters or more before `://`, so `C:\…` and `C:/…` stay Windows paths. */
const URL_LIKE = /^([a-z][a-z0-9+.-]+):\/\//i

/** `postgres:` and `postgresql:` URLs name a team database. */
export function isDatabaseUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value.trim())
}

/** `--db` wins, then `ROPA_DB`, then the app's own file in the per-user data folder. */
export function workspaceLocation(
  explicit?: string | null,
  env: NodeJS.ProcessEnv = process.env,
): WorkspaceLocation {
  const chosen = (explicit || env.ROPA_DB || '').trim()
  if (!chosen) return { kind: 'file', path: path.join(userDataDir(), WORKSPACE_FILE_NAME) }
  const scheme = URL_LIKE.exec(chosen)?.[1].toLowerCase()
  if (scheme === 'file') return { kind: 'file', path: fileURLToPath(chosen) }
  if (scheme === 'postgres' || scheme === 'postgresql')
    return { kind: 'postgres', url: parseDatabaseUrl(chosen).toString() }
  if (scheme) {
    throw new WorkspaceError(
      `${redactUrl(chosen)} is a ${scheme}:// address, not a workspace ROPA can open. Give the path of a workspace file (such as ~/Documents/ropa.sqlite), or a team database as postgres://role@host:5432/database, with --db or ROPA_DB. Nothing was created.`,
    )
  }
  return { kind: 'file', path: path.resolve(chosen) }
}

/** The URL checked: a host and a database name are needed; the password, if any, stays in it. */
export function parseDatabaseUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new WorkspaceError(
      `“${redactUrl(value)}” is not a valid PostgreSQL URL. Write it as postgres://role@host:5432/database.`,
    )
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (!url.hostname || !database || database.includes('/')) {
    throw new WorkspaceError(
      `“${redactUrl(value)}” does not name a host and a database. Write it as postgres://role@host:5432/database.`,
    )
  }
  return url
}

/** The URL without its password, for messages, logs and the title bar. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value.trim())
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    // Not parseable: cut anything between "://user:" and "@", the usual place of a password.
    return value.replace(/(:\/\/[^:/@]*):[^@/]*@/, '$1:***@')
  }
}
