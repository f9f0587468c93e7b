/** Opens a workspace and wires the context and dispatcher: what every host (desktop, server, CLI) starts with. */
import type { CoreContext } from './context'
import { createContext } from './context'
import type { WorkspaceLocation } from './db/location'
import { openStorage, type StorageOptions, type Workspace } from './db/workspace'
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch'
import { disposeExportJobs } from './exports/jobs'

export interface Backend {
  workspace: Workspace
  ctx: CoreContext
  dispatch: Dispatch
  close(): Promise<void>
}

export interface BackendOptions extends StorageOptions, DispatchOptions {
  actor?: string
  clock?: () => Date
}

/** `location`: a workspace file path, a `postgres://` URL, or a location db/location.ts classified. */
export async function openBackend(location: string | WorkspaceLocation, options: BackendOptions = {}): Promise<Backend> {
  const workspace = await openStorage(location, options)
  const ctx = createContext(workspace, { actor: options.actor, now: options.clock, logError: options.logError })
  const dispatch = createDispatch(ctx, options)
  const close = async () => {
    disposeExportJobs(ctx)
    await workspace.close()
  }
  return { workspace, ctx, dispatch, close }
}
