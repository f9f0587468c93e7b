/** Runs the real `ropa` command (bin/ropa.mjs) in a child process. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export const ROPA_BIN = path.resolve(import.meta.dirname, '../../bin/ropa.mjs')

export function ropa(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const result = spawnSync(process.execPath, [ROPA_BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000, cwd })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
