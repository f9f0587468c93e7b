/** Opens the workspace named by `--db`, `ROPA_DB` or the default, for one CLI command. */
import { openBackend, type Backend } from '../core/backend'
import { resolveWorkspacePath } from '../core/db/paths'
import { createClient, type Client } from '../../shared/api/client'

export interface CliSession {
  backend: Backend
  client: Client
}

export async function withWorkspace<T>(dbOption: string | undefined, run: (session: CliSession) => Promise<T>): Promise<T> {
  const backend = await openBackend(resolveWorkspacePath(dbOption))
  try {
    return await run({ backend, client: createClient(backend.dispatch) })
  } finally {
    await backend.close()
  }
}
