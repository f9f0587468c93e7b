/** Opens the workspace named by `--db`, `ROPA_DB` or the default (a file, or a `postgres://` URL), for one CLI command. */
import fs from 'node:fs'
import { openBackend, type Backend } from '../core/backend'
import type { Host } from '../core/host'
import { workspaceLocation } from '../core/db/location'
import { logForCli } from './debug'
import { CliError, describeFailure } from './fail'
import { createClient, type Client } from '../../shared/api/client'

export interface CliSession {
  backend: Backend
  client: Client
}

/** The workspace file and what SQLite keeps beside it while it is open. */
const filesOf = (file: string) => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]

/**
 * Only `import` and `init` may start a new workspace (`create`), and only where there is no file. The other commands read
 * or export one: a mistyped path must not quietly create an empty workspace and report "no organisations" or
 * "nothing found". A workspace file this command created is removed again when the command fails, so a failed
 * import leaves nothing behind (a team database is created by its administrator, never by a command). Every
 * failure becomes the command's one line, naming this workspace. `host`: what the command offers the core (where
 * an export is written, save-target.ts).
 */
export async function withWorkspace<T>(
  dbOption: string | undefined,
  run: (session: CliSession) => Promise<T>,
  { create = false, host }: { create?: boolean; host?: Host } = {},
): Promise<T> {
  const location = workspaceLocation(dbOption)
  const file = location.kind === 'file' ? location.path : null
  const existed = file === null || fs.existsSync(file)
  if (!create && !existed)
    throw new CliError(`There is no workspace at ${file}. Check the --db path (or ROPA_DB).`)
  let backend: Backend | null = null
  let failed = true
  try {
    backend = await openBackend(location, { logError: logForCli, host })
    const result = await run({ backend, client: createClient(backend.dispatch) })
    failed = false
    return result
  } catch (error) {
    const { message, exitCode } = describeFailure(error, file ?? undefined)
    throw new CliError(message, exitCode)
  } finally {
    await backend?.close()
    if (failed && !existed && file) for (const f of filesOf(file)) fs.rmSync(f, { force: true })
  }
}
