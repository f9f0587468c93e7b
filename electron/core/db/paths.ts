/**
 * Where the workspace lives. By default the per-user app data folder, computed the same way Electron's
 * `app.getPath('userData')` does, so the desktop app, the CLI and browser mode share one file. What `--db` or
 * `ROPA_DB` names is classified here, in one place: a file path, or a URL, which is never taken for a path.
 */
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { WorkspaceError } from '../errors'

export const APP_FOLDER_NAME = 'ROPA'
export const WORKSPACE_FILE_NAME = 'workspace.sqlite'

export function userDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME)
}

export type WorkspaceLocation = { kind: 'file'; path: string } | { kind: 'url'; url: string; scheme: string }

/** A scheme of two letters or more before `://`, so `C:\…` and `C:/…` stay Windows paths. */
const URL_LIKE = /^([a-z][a-z0-9+.-]+):\/\//i

/** `--db` wins, then `ROPA_DB`, then the per-user default; `file://` URLs are paths written as URLs. */
export function workspaceLocation(explicit?: string | null, env = process.env): WorkspaceLocation {
  const chosen = explicit || env.ROPA_DB || path.join(userDataDir(), WORKSPACE_FILE_NAME)
  const scheme = URL_LIKE.exec(chosen)?.[1].toLowerCase()
  if (scheme === 'file') return { kind: 'file', path: fileURLToPath(chosen) }
  if (scheme) return { kind: 'url', url: chosen, scheme }
  return { kind: 'file', path: path.resolve(chosen) }
}

/** A URL as it may be shown: without its password. */
function shown(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@')
  }
}

/** The workspace file; a URL is refused in words until ROPA can open a team database from one. */
export function resolveWorkspacePath(explicit?: string | null, env = process.env): string {
  const location = workspaceLocation(explicit, env)
  if (location.kind === 'url') {
    throw new WorkspaceError(
      `${shown(location.url)} is a ${location.scheme}:// address, not a workspace file, and this version of ROPA keeps workspaces in files only. Give the path of a workspace file (such as ~/Documents/ropa.sqlite) with --db or ROPA_DB. Nothing was created.`,
    )
  }
  return location.path
}
