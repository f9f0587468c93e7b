/** Runs the real `ropa` command (bin/ropa.mjs) in a child process. */
import { spawn, spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

export const ROPA_BIN = path.resolve(import.meta.dirname, '../../bin/ropa.mjs')

export function ropa(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const result = spawnSync(process.execPath, [ROPA_BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
    cwd,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The same, without blocking the test's own event loop (for tests that act while the command runs). */
export function ropaAsync(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ROPA_BIN, ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('exit', (status) => resolve({ status, stdout, stderr }))
  })
}

const PEAK_RSS = path.resolve(import.meta.dirname, '../../bench/peak-rss.mjs')

/** `ropa` in a child process of its own, with the peak resident memory of that process (bench/peak-rss.mjs). */
export function ropaMeasured(args: string[]) {
  const result = spawnSync(process.execPath, [PEAK_RSS, ROPA_BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  })
  const report = /\npeak-rss (\{.*\})\n/.exec(result.stderr)
  if (!report) throw new Error(`no memory report from ropa ${args.join(' ')}: ${result.stderr}`)
  const { peakRssMb, ms } = JSON.parse(report[1]) as { peakRssMb: number; ms: number }
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.slice(0, report.index),
    peakRssMb,
    ms,
  }
}

/**
 * `ropa` as a user who may not write files the tests made: `nobody` when the tests run as root (who may write
 * anything, so a read-only file would not be read-only to them), else the tests' own user.
 */
export function ropaAsOtherUser(args: string[]) {
  const root = process.getuid?.() === 0
  const result = spawnSync(process.execPath, [ROPA_BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: os.tmpdir() },
    timeout: 60_000,
    ...(root ? { uid: 65534, gid: 65534 } : {}),
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
