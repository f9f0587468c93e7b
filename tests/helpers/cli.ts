/** Runs the real `ropa` command (bin/ropa.mjs) in a child process. */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

export const ROPA_BIN = path.resolve(import.meta.dirname, '../../bin/ropa.mjs')

export function ropa(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const result = spawnSync(process.execPath, [ROPA_BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000, cwd })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The same, without blocking the test's own event loop (for tests that act while the command runs). */
export function ropaAsync(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ROPA_BIN, ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('exit', (status) => resolve({ status, stdout, stderr }))
  })
}
