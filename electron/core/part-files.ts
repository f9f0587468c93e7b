/**
 * Files written whole or not at all: under a hidden temporary name beside their destination, renamed into place
 * when complete (the rename is atomic within a folder, which is why the temporary file is not in a temp folder).
 * A process killed while writing cannot remove its temporary file, so the next write into the same folder removes
 * the ones it can tell are stale: written on this computer by a process that no longer runs, or a day old (an
 * export or backup takes minutes). The name carries the computer and the process:
 * `.<destination>.<computer>-<pid>-<random>.part`.
 */
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const computer = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8)
const PART = /^\..+\.([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.part$/
/** How earlier versions named them (no computer, no process): removed by age alone. */
const OLDER_PART = /^\..+\.[0-9a-f]{12}\.part$/
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000

export function partFileFor(destination: string): string {
  return path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${computer}-${process.pid}-${randomBytes(6).toString('hex')}.part`,
  )
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists, it is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes our stale part files from `folder` (best effort: a folder that cannot be listed is left alone); returns their names. */
export function removeStaleParts(folder: string, now = Date.now()): string[] {
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const ours = PART.exec(name)
    if (!ours && !OLDER_PART.test(name)) continue
    const file = path.join(folder, name)
    try {
      const old = now - fs.statSync(file).mtimeMs > STALE_AFTER_MS
      const orphaned =
        ours !== null && ours[1] === computer && Number(ours[2]) !== process.pid && !running(Number(ours[2]))
      if (!old && !orphaned) continue
      fs.rmSync(file, { force: true })
      removed.push(name)
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
  return removed
}
