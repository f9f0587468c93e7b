/** Exports in tests: a workspace holding the rich register, and an export written to a temporary file. */
import path from 'node:path'
import type { Language } from '../../shared/schemas/codes'
import type { CsvDelimiter, ExportFormat, ExportJob, ExportSection } from '../../shared/schemas/export'
import type { RegisterDocumentInput } from '../../shared/schemas/register'
import type { BackendOptions } from '../../electron/core/backend'
import { exportJobs } from '../../electron/core/exports/jobs'
import { richRegister } from '../fixtures/rich-register'
import { openTestWorkspace, tempDir, type TestWorkspace } from './workspace'

export interface RichWorkspace extends TestWorkspace {
  organisationId: string
}

/** `options`: e.g. the host a test stands in for (the desktop's dialog). */
export async function richWorkspace(
  document: RegisterDocumentInput = richRegister(),
  options: BackendOptions = {},
): Promise<RichWorkspace> {
  const ws = await openTestWorkspace(undefined, { clock: () => new Date('2026-03-02T09:30:00Z'), ...options })
  const { organisationId } = await ws.client.call('register.import', { document })
  return { ...ws, organisationId }
}

/** Export through the API as the desktop app does (a save ticket for a chosen path) and wait for the job. */
export async function exportFile(
  ws: RichWorkspace,
  format: ExportFormat,
  options: {
    language?: Language
    sections?: ExportSection[]
    file?: string
    delimiter?: CsvDelimiter
    /** The register as it stood at this moment (a date or a timestamp). */
    asOf?: string
  } = {},
): Promise<{ file: string; job: ExportJob }> {
  const file = options.file ?? path.join(tempDir(), `register.${format}`)
  const jobs = exportJobs(ws.backend.ctx)
  const saveTicket = jobs.registerSaveTarget(file)
  const started = await ws.client.call('exports.start', {
    organisationId: ws.organisationId,
    format,
    language: options.language ?? null,
    ...(options.sections ? { sections: options.sections } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    saveTicket,
  })
  const job = await jobs.wait(started.jobId)
  if (job.state !== 'done') throw new Error(`export ${job.state}: ${job.error}`)
  return { file, job }
}
