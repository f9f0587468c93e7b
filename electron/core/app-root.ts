/** The folder holding the app's package.json, found from any file that is run (sources or a bundle). */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export function appRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'electron'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`Cannot find the application folder above ${from}`)
    dir = parent
  }
}
