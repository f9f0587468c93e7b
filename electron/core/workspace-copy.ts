/**
 * A whole workspace copied to a new file or an empty team database, or back (`ropa copy`). Not a dispatch
 * method: a request runs against the one workspace its backend opened, and a copy needs two storages, the target
 * not yet a workspace any backend may open (docs/architecture.md, "Outside dispatch"). So this is the one place a
 * host has the core open storage beside `openBackend`; the host checks its arguments and words the outcome.
 */
import fs from 'node:fs'
import { copyWorkspace, type CopyReport } from './db/copy'
import type { WorkspaceLocation } from './db/location'
import { openStorage, type Workspace } from './db/workspace'

export interface WorkspaceCopy {
  /** Both places as a message names them (a URL without its password). */
  from: string
  to: string
  report: CopyReport
}

/** Copy `from` into `to`; a new file that did not become a copy is removed again, so nothing is half-written. */
export async function copyWorkspaceTo(
  from: WorkspaceLocation,
  to: WorkspaceLocation,
): Promise<WorkspaceCopy> {
  const source = await openStorage(from)
  let target: Workspace | null = null
  let copied = false
  try {
    target = await openStorage(to)
    const report = await copyWorkspace(source, target)
    copied = true
    return { from: source.location, to: target.location, report }
  } finally {
    await target?.close()
    await source.close()
    if (!copied && to.kind === 'file')
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(to.path + suffix, { force: true })
  }
}
