/** Opens the workspace named by `--db`, `ROPA_DB` or the default, for one CLI command. */
import fs from 'node:fs'
import { openBackend, type Backend } from '../core/backend'
import { resolveWorkspacePath } from '../core/db/paths'
import { CliError } from './fail'
import { createClient, type Client } from '../../shared/api/client'

export interface CliSession {
  backend: Backend
  client: Client
}

/**
 * Only `import` may start a new workspace (`create`). The other commands read or export one: a mistyped path
 * must not quietly create an empty workspace and report "no organisations" or "nothing found".
 */
export async function withWorkspace<T>(dbOption: string | undefined, run: (session: CliSession) => Promise<T>, { create = false } = {}): Promise<T> {
  const file = resolveWorkspacePath(dbOption)
  if (!create && !fs.existsSync(file)) throw new CliError(`There is no workspace at ${file}. Check the --db path (or ROPA_DB).`)
  const backend = await openBackend(file)
  try {
    return await run({ backend, client: createClient(backend.dispatch) })
  } finally {
    await backend.close()
  }
}
