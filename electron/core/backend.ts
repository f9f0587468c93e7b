/** Opens a workspace and wires the context and dispatcher: what every host (desktop, server, CLI) starts with. */
import { scheduleDailyBackups } from './backup/backups'
import type { CoreContext } from './context'
import { createContext } from './context'
import type { WorkspaceLocation } from './db/location'
import { openStorage, type StorageOptions, type Workspace } from './db/workspace'
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch'
import { disposeExportJobs, exportJobs, type Download } from './exports/jobs'
import type { Host } from './host'

export interface Backend {
  workspace: Workspace
  ctx: CoreContext
  dispatch: Dispatch
  /**
   * Finished browser-mode downloads, for the HTTP server to stream once: bytes are not a `Result`, so this is
   * the one thing a host takes from the core beside dispatch (docs/architecture.md, "Hosts").
   */
  downloads: Downloads
  /**
   * Keep the automatic backup after changes while the host runs (the desktop app, `ropa serve`; rule in
   * backup/schedule.ts): work of the workspace, not of a request. `report` hears of a backup that failed;
   * `stop` ends the schedule, `close` ends it after copying the changes not in a copy yet (on quitting).
   */
  scheduleDailyBackups(report?: (error: unknown) => void): { stop(): void; close(): Promise<void> }
  close(): Promise<void>
}

export interface Downloads {
  take(jobId: string): Download | null
  finish(jobId: string): void
  release(jobId: string): void
}

export interface BackendOptions extends StorageOptions, DispatchOptions {
  actor?: string
  clock?: () => Date
  /** What the host offers the core (default: browser mode's nothing). */
  host?: Host
}

/** `location`: a workspace file path, a `postgres://` URL, or a location db/location.ts classified. */
export async function openBackend(
  location: string | WorkspaceLocation,
  options: BackendOptions = {},
): Promise<Backend> {
  const workspace = await openStorage(location, options)
  const ctx = createContext(workspace, {
    actor: options.actor,
    now: options.clock,
    logError: options.logError,
    host: options.host,
  })
  const dispatch = createDispatch(ctx, options)
  const jobs = exportJobs(ctx)
  const downloads: Downloads = {
    take: (jobId) => jobs.takeDownload(jobId),
    finish: (jobId) => jobs.finishDownload(jobId),
    release: (jobId) => jobs.releaseDownload(jobId),
  }
  const close = async () => {
    disposeExportJobs(ctx)
    await workspace.close()
  }
  return {
    workspace,
    ctx,
    dispatch,
    downloads,
    scheduleDailyBackups: (report) => scheduleDailyBackups(ctx, report),
    close,
  }
}
