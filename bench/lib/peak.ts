/** `ropa` as a user runs it (the built command, in a process of its own), with its peak resident memory and run time. */
import { spawn } from 'node:child_process'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')

export interface PeakReport {
  peakRssMb: number
  ms: number
  /** The command's exit code and what it said on stderr (without the report line). */
  code: number | null
  stderr: string
}

export function ropaWithPeak(args: string[]): Promise<PeakReport> {
  const argv = [path.join(ROOT, 'bench', 'peak-rss.mjs'), path.join(ROOT, 'bin', 'ropa.mjs'), ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      const report = /\npeak-rss (\{.*\})/.exec(stderr)
      if (!report)
        return reject(new Error(`ropa ${args[0]} gave no memory report (${code}): ${stderr.trim()}`))
      resolve({
        ...(JSON.parse(report[1]) as { peakRssMb: number; ms: number }),
        code,
        stderr: stderr.slice(0, report.index).trim(),
      })
    })
  })
}
