/**
 * One export from start to record: build what the file shows (the register's export model, or a privacy notice
 * drafted from the register), write the file beside its destination under a temporary name, hash it, and in
 * one transaction record it and move it into place. A cancelled or failed export removes its temporary file and
 * records nothing, so there is never a half-written file or a record without a file; one killed midway leaves
 * it, and the next export into that folder removes it (part-files.ts).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Language } from '../../../shared/schemas/codes'
import type {
  CsvDelimiter,
  ExportCounts,
  ExportFormat,
  ExportRecord,
  ExportSection,
  NoticeChoices,
  NoticeFormat,
} from '../../../shared/schemas/export'
import type { NoticeRecipientMode } from '../../../shared/notice/types'
import type { RegisterDocument } from '../../../shared/schemas/register'
import type { CoreContext } from '../context'
import { mutate } from '../history/mutate'
import { partFileFor, removeStaleParts } from '../part-files'
import { localiseIds } from '../services/register'
import { writeCsv, type CsvOptions } from './csv'
import { writeJson } from './json'
import { buildExportModel, modelCounts, type ExportModel } from './model'
import { prepareNotice } from './notice/prepare'
import type { WriteOptions } from './pacer'
import { writePdf } from './pdf'
import { insertExportRecord } from './records'
import { packSnapshotOnce } from './snapshot'
import { writeXlsx } from './xlsx'

export interface RegisterExportRequest {
  organisationId: string
  format: ExportFormat
  language: Language
  sections: ExportSection[]
  /** Export the register as it stood at this moment (a date or a timestamp); null for now. */
  asOf?: string | null
  notice?: undefined
  /** The CSV's field separator; null or left out: the export language's. */
  delimiter?: CsvDelimiter | null
}

/** A privacy notice drafted from the register as it is now. */
export interface NoticeExportRequest {
  organisationId: string
  format: NoticeFormat
  language: Language
  notice: { audienceId: string | null; recipients: NoticeRecipientMode }
  sections?: undefined
  asOf?: undefined
}

export type ExportRequest = RegisterExportRequest | NoticeExportRequest

export type ExportPhase = 'preparing' | 'writing' | 'saving'

export interface RunOptions {
  signal?: AbortSignal
  onProgress?: (phase: ExportPhase, fraction: number) => void
}

/** What the record keeps of a written export. */
export interface Kept {
  doc: RegisterDocument
  asOf: string | null
  counts: ExportCounts
  sections: ExportSection[]
  notice: NoticeChoices | null
}

/** An export ready to be written: `write` makes the file, then `keep` hands over what the record needs. */
export interface Prepared {
  write(file: string, options: WriteOptions): Promise<void>
  keep(): Kept
}

const WRITERS: Record<
  Exclude<ExportFormat, 'json'>,
  (model: ExportModel, file: string, options: WriteOptions & CsvOptions) => Promise<void>
> = {
  xlsx: writeXlsx,
  pdf: writePdf,
  csv: writeCsv,
}

async function prepareRegister(ctx: CoreContext, request: RegisterExportRequest): Promise<Prepared> {
  let model: ExportModel | null = await buildExportModel(ctx, request.organisationId, {
    lang: request.language,
    sections: request.sections,
    asOf: request.asOf,
  })
  return {
    write: async (file, options) => {
      if (request.format === 'json') await writeJson(localiseIds(model!.doc), file)
      else await WRITERS[request.format](model!, file, { ...options, delimiter: request.delimiter })
    },
    keep: () => {
      const { doc, asOf } = model!
      const kept: Kept = {
        doc,
        asOf,
        counts: modelCounts(model!),
        // The CSV holds both records (a row per activity, the record named in its first column); the JSON is
        // always the whole register document.
        sections:
          request.format === 'json'
            ? []
            : request.format === 'csv'
              ? ['controllerRecord', 'processorRecord']
              : [...model!.sections],
        notice: null,
      }
      // The findings and labels can go before the snapshot is packed (a large export's peak).
      model = null
      return kept
    },
  }
}

/** SHA-256 and size of a file as it lies on disk. */
export async function hashFile(file: string): Promise<{ sha256: string; byteSize: number }> {
  const hash = createHash('sha256')
  let byteSize = 0
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    byteSize += chunk.length
  }
  return { sha256: hash.digest('hex'), byteSize }
}

/** Export to `destination` (a full file path whose folder exists) and return the record of it. */
export async function runExport(
  ctx: CoreContext,
  request: ExportRequest,
  destination: string,
  options: RunOptions = {},
): Promise<ExportRecord> {
  const { signal } = options
  const progress = options.onProgress ?? (() => {})
  progress('preparing', 0)
  const prepared = request.notice ? await prepareNotice(ctx, request) : await prepareRegister(ctx, request)
  signal?.throwIfAborted()

  // What an export killed earlier left in this folder goes now; this one writes under a name of its own.
  removeStaleParts(path.dirname(destination))
  const temp = partFileFor(destination)
  try {
    progress('writing', 0)
    await prepared.write(temp, { signal, onProgress: (x) => progress('writing', x) })
    signal?.throwIfAborted()

    progress('saving', 0)
    const { doc, asOf, counts, sections, notice } = prepared.keep()
    const { sha256, byteSize } = await hashFile(temp)
    const snapshot = await packSnapshotOnce(doc)
    signal?.throwIfAborted()
    return await mutate(ctx, async (tx) => {
      const record = await insertExportRecord(tx, ctx.actor, {
        organisationId: request.organisationId,
        organisationName: doc.organisation.name,
        document: request.notice ? 'notice' : 'register',
        format: request.format,
        language: request.language,
        sections,
        notice,
        fileName: path.basename(destination),
        sha256,
        byteSize,
        counts,
        snapshot,
        asOf,
      })
      // Last step inside the transaction: if the file cannot be moved into place, no record stays either.
      fs.renameSync(temp, destination)
      return record
    })
  } catch (error) {
    // The user chose the destination, not the hidden name it is written under: a message names the destination.
    if ((error as NodeJS.ErrnoException).path === temp) (error as NodeJS.ErrnoException).path = destination
    throw error
  } finally {
    fs.rmSync(temp, { force: true })
  }
}
