/**
 * Where the workspace file lives by default: the per-user app data folder, computed the same way Electron's
 * `app.getPath('userData')` does, so the desktop app, the CLI and browser mode share one file. What `--db` or
 * `ROPA_DB` names (a file, or a team database's URL) is classified in one place, db/location.ts.
 */
import os from 'node:os'
import path from 'node:path'

export const APP_FOLDER_NAME = 'ROPA'
export const WORKSPACE_FILE_NAME = 'workspace.sqlite'

export function userDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME)
}
