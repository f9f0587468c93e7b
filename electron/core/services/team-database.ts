/**
 * "Connect to a team database" from the app: the core checks the URL and that the database opens, the host
 * keeps the choice and starts the app again on it (core/host.ts, electron/main/team-database.ts). Browser mode
 * and the CLI keep no choice: they are started on a database with --db.
 */
import { isDatabaseUrl, parseDatabaseUrl, redactUrl } from '../db/location'
import { openPostgresWorkspace } from '../db/postgres'
import { AppError, invalid, WorkspaceError } from '../errors'
import type { Handlers } from '../handler'
import type { CoreContext } from '../context'

const desktopOnly = () =>
  new AppError(
    'NOT_FOUND',
    'Connecting to a team database from the app is only available in the desktop app. In browser mode, start it on one: ropa serve --db postgres://role@host/database (docs/team.md).',
  )

/** The URL (a password in it moves to `password`) and the password as the user gave them, checked. */
export function splitDatabaseUrl(
  url: string,
  password: string | null,
): { url: string; password: string | null } {
  if (!isDatabaseUrl(url))
    throw invalid(
      `“${redactUrl(url)}” is not a PostgreSQL URL. Write it as postgres://role@host:5432/database.`,
      [{ path: 'url', message: 'is not a postgres:// URL' }],
    )
  const parsed = parseDatabaseUrl(url)
  const inUrl = parsed.password ? decodeURIComponent(parsed.password) : null
  parsed.password = ''
  return { url: parsed.toString(), password: password || inUrl }
}

function keeper(ctx: CoreContext) {
  const kept = ctx.host.teamDatabase
  if (!kept) throw desktopOnly()
  return kept
}

/** Answered first, then the app starts again (the UI shows "restarting" meanwhile). */
const restartSoon = (restart: () => void) => setTimeout(restart, 300)

export const teamDatabaseHandlers: Handlers<
  'host.teamDatabase' | 'host.connectTeamDatabase' | 'host.useWorkspaceFile'
> = {
  'host.teamDatabase': async (ctx) => {
    const kept = ctx.host.teamDatabase
    if (!kept) return { url: null, passwordSaved: false, keychain: false }
    const choice = kept.read()
    return {
      url: choice?.url ?? null,
      passwordSaved: choice?.passwordSaved ?? false,
      keychain: kept.keychainAvailable(),
    }
  },
  'host.connectTeamDatabase': async (ctx, input) => {
    const kept = keeper(ctx)
    const { url, password } = splitDatabaseUrl(input.url, input.password)
    const connect = new URL(url)
    if (password) connect.password = encodeURIComponent(password)
    // Opened once before it is kept: a wrong address or password is told now, not at the next start.
    try {
      await (await openPostgresWorkspace(connect.toString(), { maxConnections: 1 })).close()
    } catch (error) {
      if (error instanceof WorkspaceError)
        throw invalid(error.message, [{ path: 'url', message: 'cannot be opened' }])
      throw error
    }
    kept.save(url, password)
    restartSoon(() => kept.restart())
    return { restarting: true }
  },
  'host.useWorkspaceFile': async (ctx) => {
    const kept = keeper(ctx)
    kept.clear()
    restartSoon(() => kept.restart())
    return { restarting: true }
  },
}
