/** Opens a workspace and wires the context and dispatcher: what every host (desktop, server, CLI) starts with. */
import type { CoreContext } from './context'
import { createContext } from './context'
import { openWorkspace, type OpenOptions, type Workspace } from './db/open'
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch'
import { disposeExportJobs } from './exports/jobs'

export interface Backend {
  workspace: Workspace
  ctx: CoreContext
  dispatch: Dispatch
  close(): Promise<void>
}

export interface BackendOptions extends OpenOptions, DispatchOptions {
  actor?: string
  clock?: () => Date
}

export async function openBackend(file: string, options: BackendOptions = {}): Promise<Backend> {
  const workspace = await openWorkspace(file, options)
  const ctx = createContext(workspace, { actor: options.actor, now: options.clock, logError: options.logError })
  const dispatch = createDispatch(ctx, options)
  const close = async () => {
    disposeExportJobs(ctx)
    await workspace.close()
  }
  return { workspace, ctx, dispatch, close }
}
