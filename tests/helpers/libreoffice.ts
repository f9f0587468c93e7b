/**
 * LibreOffice headless as the reader an authority uses: converts a file we wrote (CSV, xlsx, docx, …) to another
 * format (xlsx, pdf, …) with `soffice --headless --convert-to`, so a test judges our output by what LibreOffice
 * makes of it rather than by our own libraries.
 *
 * Every call runs with a private, throw-away user profile (`-env:UserInstallation`): soffice keeps one running
 * instance per profile, so two conversions on the same profile (other engineers' tests, parallel test files)
 * would hand their work to each other or fail on the profile's lock. A conversion that takes longer than the
 * timeout is killed with its process group and reported.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const INSTALL_HINT =
  'install LibreOffice (Debian: apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)'

export interface ConvertOptions {
  /** Where the converted file goes; default: a new temporary folder. */
  outDir?: string
  /**
   * The import filter and its options, as soffice's `--infilter`, e.g. `CSV:59,34,76,1` (`;` separated, `"`
   * quoted, UTF-8, from line 1). Without it LibreOffice picks the filter from the file's extension.
   */
  inFilter?: string
  /** Default 120 s: a first start on a fresh profile takes several seconds on a loaded machine. */
  timeoutMs?: number
}

let checked: string | null = null

/** The soffice command, or a clear error when LibreOffice is not installed. */
export function sofficeCommand(): string {
  if (checked !== null) return checked
  for (const candidate of [process.env.SOFFICE, 'soffice', 'libreoffice'].filter((c): c is string => !!c)) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 60_000 })
    if (probe.status === 0) return (checked = candidate)
  }
  throw new Error(
    `LibreOffice (soffice) is not on this machine's PATH: ${INSTALL_HINT}, or set SOFFICE to its path`,
  )
}

/** Whether soffice can be run here (for tests that say why they are skipped). */
export function hasLibreOffice(): boolean {
  try {
    sofficeCommand()
    return true
  } catch {
    return false
  }
}

/**
 * Convert `file` to `format` (an extension such as `pdf` or `xlsx`, optionally with a filter, `xlsx:"Calc MS
 * Excel 2007 XML"`) and return the path of the converted file.
 */
export async function convertWithLibreOffice(
  file: string,
  format: string,
  options: ConvertOptions = {},
): Promise<string> {
  const [converted] = await convertAllWithLibreOffice([file], format, options)
  return converted
}

/**
 * Convert several files in one run of soffice (its start is most of the time a conversion takes) and return
 * the converted files' paths in the same order. The files' names must differ.
 */
export async function convertAllWithLibreOffice(
  files: string[],
  format: string,
  options: ConvertOptions = {},
): Promise<string[]> {
  const soffice = sofficeCommand()
  const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
  const profile = path.join(os.tmpdir(), `lo-${unique}`)
  const outDir = options.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'))
  const timeoutMs = options.timeoutMs ?? 120_000 * files.length
  const args = [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    ...(options.inFilter ? [`--infilter=${options.inFilter}`] : []),
    '--convert-to',
    format,
    '--outdir',
    outDir,
    ...files,
  ]
  const names = files.join(', ')
  try {
    const { code, output, timedOut } = await run(soffice, args, timeoutMs)
    const extension = format.split(':')[0]
    if (timedOut)
      throw new Error(
        `LibreOffice did not convert ${names} to ${format} within ${timeoutMs / 1000} s (killed).\n${output}`,
      )
    return files.map((file) => {
      const converted = path.join(outDir, `${path.parse(file).name}.${extension}`)
      if (code !== 0 || !fs.existsSync(converted)) {
        throw new Error(`LibreOffice could not convert ${file} to ${format} (exit ${code}).\n${output}`)
      }
      return converted
    })
  } finally {
    fs.rmSync(profile, { recursive: true, force: true })
  }
}

function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // A group of its own, so a timeout ends soffice and the helper processes it starts.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`Could not start ${command}: ${error.message}; ${INSTALL_HINT}`))
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output: output.trim(), timedOut })
    })
  })
}
