/** Reading input files and writing output files for the CLI, with messages that say which file and why. */
import fs from 'node:fs'
import path from 'node:path'
import { CliError } from './fail'

export const MAX_JSON_BYTES = 128 * 1024 * 1024

export function readInputFile(file: string, maxBytes: number): Buffer {
  let size: number
  try {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) throw new CliError(`${file} is a folder, not a file.`)
    size = stat.size
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
    )
  }
  if (size > maxBytes) {
    throw new CliError(
      `${file} is ${(size / 1024 / 1024).toFixed(0)} MB; ROPA reads files of this kind up to ${maxBytes / 1024 / 1024} MB. Nothing was imported.`,
    )
  }
  return fs.readFileSync(file)
}

/** Parse JSON, turning a syntax error into “line L, column C”. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const message = (error as Error).message
    const position = Number(/position (\d+)/.exec(message)?.[1])
    let where = ''
    if (Number.isFinite(position)) {
      const before = text.slice(0, position)
      const line = before.split('\n').length
      const column = position - before.lastIndexOf('\n')
      where = ` at line ${line}, column ${column}`
    }
    throw new CliError(
      `${file} is not valid JSON${where} (${message.replace(/ in JSON at position \d+.*$/, '')}). Nothing was imported.`,
    )
  }
}

/** Write a file completely or not at all: a temporary file beside it, renamed into place. */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file))
  if (!fs.existsSync(dir)) throw new CliError(`Cannot write ${file}: the folder ${dir} does not exist.`)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    fs.writeFileSync(temp, data)
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw new CliError(`Cannot write ${file}: ${(error as Error).message}`)
  }
}

/** A file name built from an organisation's name (shared with the app's downloads). */
export { safeFileName } from '../../shared/file-names'
