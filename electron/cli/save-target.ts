/**
 * Where `ropa export` and `ropa notice` write, as the CLI's host capability (electron/core/host.ts): the core asks
 * through `host.chooseSavePath` with the name it suggests, and --out (or that name, in this folder) is the answer.
 * "-" writes to a private temporary file that is sent to standard output and deleted. The job itself runs and
 * is followed through dispatch, like the app's.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { MethodInput } from '../../shared/api'
import type { Client } from '../../shared/api/client'
import type { ExportJob } from '../../shared/schemas/export'
import type { Host } from '../core/host'
import { conflict } from '../core/errors'
import { CliError } from './fail'

export interface SaveTarget {
  host: Host
  /** The file the export was written to (after the core asked), for "Wrote …". */
  written(): string
  /** For "-": send the written file to standard output. */
  deliver(): Promise<void>
  /** Delete what only "-" made (its temporary folder). */
  cleanUp(): void
}

export function saveTarget(out: string | undefined, force: boolean | undefined): SaveTarget {
  const toStdout = out === '-'
  let file: string | null = null
  let temporary: string | null = null
  return {
    host: {
      kind: 'cli',
      async chooseFile({ fileName }) {
        if (toStdout) {
          temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-stdout-'))
          file = path.join(temporary, fileName)
          return file
        }
        file = path.resolve(out ?? fileName)
        // A file sent to an authority is not replaced by mistake.
        if (!force && fs.existsSync(file) && !fs.statSync(file).isDirectory()) {
          throw conflict(
            `${file} exists already. Nothing was written. Use --force to replace it, or choose another name with --out.`,
          )
        }
        return file
      },
    },
    written() {
      if (file === null) throw new Error('nothing was written: the core did not ask where to save')
      return file
    },
    async deliver() {
      if (!toStdout) return
      await pipeline(fs.createReadStream(this.written()), process.stdout, { end: false })
    },
    cleanUp() {
      if (temporary) fs.rmSync(temporary, { recursive: true, force: true })
    },
  }
}

/** The save ticket for what is about to be exported: the core suggests the name, `chooseFile` answers. */
export async function saveTicket(client: Client, input: MethodInput<'host.chooseSavePath'>): Promise<string> {
  const chosen = await client.call('host.chooseSavePath', input)
  if (chosen === null) throw new CliError('No place to write was chosen. Nothing was written.')
  return chosen.ticket
}

/** Follow a job through the API until it is finished (the app's dialog polls the same way). */
export async function finishedJob(client: Client, jobId: string): Promise<ExportJob> {
  for (;;) {
    const job = await client.call('exports.status', { jobId })
    if (job.state !== 'running') return job
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A job that did not finish, in the command's one line. */
export function requireDone(
  job: ExportJob,
  otherwise: string,
): asserts job is ExportJob & { record: NonNullable<ExportJob['record']> } {
  if (job.state !== 'done' || job.record === null) throw new CliError(job.error ?? otherwise)
}
