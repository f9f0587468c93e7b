/**
 * Exports run as jobs, so the UI can show progress and offer cancel: `start` answers at once with a job id,
 * `status` reports phase and progress, `cancel` stops the job between rows or activities (no file, no record).
 *
 * Where a job writes:
 * - a path the host vouched for: the desktop's save dialog (or the CLI's --out) registers it and gets a
 *   one-time save ticket, so no caller can name an arbitrary path through the API;
 * - otherwise a private temporary folder, from which browser mode serves the file once (`takeDownload`) and
 *   deletes it, or after DOWNLOAD_TTL_MS if nobody fetches it.
 * The registry lives in memory per workspace context; nothing of it outlives the process.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { labelsFor } from '../../../shared/i18n/labels'
import type { ExportJob } from '../../../shared/schemas/export'
import type { CoreContext } from '../context'
import { invalid, notFound } from '../errors'
import { failureOf } from '../failures'
import { localIsoDate } from '../services/checks'
import { requireOrganisation } from '../services/organisations'
import { noticeTextsFor } from '../../../shared/notice/texts'
import type { Language } from '../../../shared/schemas/codes'
import type { ExportFormat, FileFormat, NoticeFormat } from '../../../shared/schemas/export'
import type { NoticeRecipientMode } from '../../../shared/notice/types'
import { listEntries } from '../services/catalogues/read'
import { exportFileName, noticeFileName } from './file-name'
import { runExport, type ExportRequest, type RegisterExportRequest, type RunOptions } from './run'

/** How long a finished download waits to be fetched before its file is deleted. */
export const DOWNLOAD_TTL_MS = 15 * 60 * 1000
/** How long a finished job's status stays available. */
const JOB_TTL_MS = 60 * 60 * 1000

export type StartRequest = Omit<RegisterExportRequest, 'language'> & { language: Language | null }

export interface StartNoticeRequest {
  organisationId: string
  format: NoticeFormat
  language: Language | null
  audienceId: string | null
  recipients: NoticeRecipientMode
}

interface Job {
  snapshot: ExportJob
  controller: AbortController
  /** The file once written: the chosen destination, or the download copy. */
  file: string
  done: Promise<void>
  timers: NodeJS.Timeout[]
  /** A download being sent: not handed out again until it is sent (deleted) or released. */
  sending?: boolean
}

export interface Download {
  file: string
  fileName: string
  format: FileFormat
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>()
  private readonly tickets = new Map<string, string>()
  private downloadsDir: string | null = null

  constructor(private readonly ctx: CoreContext) {}

  /** The host vouches for a destination (save dialog, --out); the ticket lets one export write there. */
  registerSaveTarget(file: string): string {
    const resolved = path.resolve(file)
    const folder = path.dirname(resolved)
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
      throw invalid(`Cannot save to ${resolved}: the folder ${folder} does not exist.`)
    if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory())
      throw invalid(`Cannot save to ${resolved}: it is a folder.`)
    const ticket = randomBytes(18).toString('base64url')
    this.tickets.set(ticket, resolved)
    return ticket
  }

  /** The file name an export of this organisation would get today. */
  async suggestedFileName(
    organisationId: string,
    format: ExportFormat,
    language: Language | null,
  ): Promise<string> {
    const organisation = await requireOrganisation(this.ctx.db, organisationId)
    const lang = language ?? (organisation.language as Language)
    return exportFileName(organisation.name, format, labelsFor(lang), localIsoDate(this.ctx.now()))
  }

  /** The file name a notice of this organisation would get today (its title and audience in the notice's language). */
  async suggestedNoticeFileName(
    organisationId: string,
    format: NoticeFormat,
    language: Language | null,
    audienceId: string | null,
  ): Promise<string> {
    const organisation = await requireOrganisation(this.ctx.db, organisationId)
    const lang = language ?? (organisation.language as Language)
    const audience =
      audienceId === null
        ? null
        : ((await listEntries(this.ctx.db, 'dataSubjectCategories', organisationId)).find(
            (c) => c.id === audienceId,
          )?.name ?? null)
    return noticeFileName(
      organisation.name,
      format,
      noticeTextsFor(lang).title,
      audience,
      localIsoDate(this.ctx.now()),
    )
  }

  /** `caller`: the request's context, whose actor the export record names (the registry is the workspace's). */
  async start(
    request: StartRequest,
    saveTicket: string | null,
    caller: CoreContext = this.ctx,
  ): Promise<ExportJob> {
    if ((request.delimiter ?? null) !== null && request.format !== 'csv') {
      throw invalid(`A field separator applies only to a CSV export, not to ${request.format}.`)
    }
    const organisation = await requireOrganisation(this.ctx.db, request.organisationId)
    const language = request.language ?? (organisation.language as Language)
    const fileName = exportFileName(
      organisation.name,
      request.format,
      labelsFor(language),
      localIsoDate(this.ctx.now()),
    )
    return this.launch({ ...request, language }, saveTicket, fileName, caller)
  }

  /** A privacy notice drafted from the register, written and recorded as an export. */
  async startNotice(
    request: StartNoticeRequest,
    saveTicket: string | null,
    caller: CoreContext = this.ctx,
  ): Promise<ExportJob> {
    const organisation = await requireOrganisation(this.ctx.db, request.organisationId)
    const language = request.language ?? (organisation.language as Language)
    const fileName = await this.suggestedNoticeFileName(
      request.organisationId,
      request.format,
      language,
      request.audienceId,
    )
    const { audienceId, recipients } = request
    return this.launch(
      {
        organisationId: request.organisationId,
        format: request.format,
        language,
        notice: { audienceId, recipients },
      },
      saveTicket,
      fileName,
      caller,
    )
  }

  private launch(
    request: ExportRequest,
    saveTicket: string | null,
    downloadName: string,
    caller: CoreContext,
  ): ExportJob {
    let file: string
    let delivery: ExportJob['delivery']
    if (saveTicket !== null) {
      const target = this.tickets.get(saveTicket)
      if (target === undefined)
        throw invalid('The place chosen for this export is no longer valid. Choose where to save it again.')
      this.tickets.delete(saveTicket)
      file = target
      delivery = 'file'
    } else {
      const folder = path.join(this.downloads(), randomBytes(8).toString('hex'))
      fs.mkdirSync(folder, { recursive: true })
      file = path.join(folder, downloadName)
      delivery = 'download'
    }

    const jobId = randomUUID()
    const controller = new AbortController()
    const job: Job = {
      snapshot: {
        jobId,
        organisationId: request.organisationId,
        format: request.format,
        language: request.language,
        state: 'running',
        phase: 'preparing',
        progress: 0,
        error: null,
        fileName: path.basename(file),
        delivery,
        record: null,
      },
      controller,
      file,
      done: Promise.resolve(),
      timers: [],
    }
    this.jobs.set(jobId, job)
    job.done = this.run(job, request, caller)
    return { ...job.snapshot }
  }

  private async run(job: Job, request: ExportRequest, caller: CoreContext): Promise<void> {
    // Work shares of the phases, so the bar moves steadily: writing is nearly everything.
    const range = { preparing: [0, 0.05], writing: [0.05, 0.95], saving: [0.95, 1] } as const
    const options: RunOptions = {
      signal: job.controller.signal,
      onProgress: (phase, fraction) => {
        const [from, to] = range[phase]
        job.snapshot.phase = phase
        job.snapshot.progress = Math.max(job.snapshot.progress, from + (to - from) * fraction)
      },
    }
    try {
      job.snapshot.record = await runExport(caller, request, job.file, options)
      Object.assign(job.snapshot, { state: 'done', phase: 'finished', progress: 1 })
      if (job.snapshot.delivery === 'download')
        job.timers.push(unref(setTimeout(() => this.removeDownload(job), DOWNLOAD_TTL_MS)))
    } catch (error) {
      const cancelled = job.controller.signal.aborted
      const problem = failureOf(error, this.ctx.workspacePath)
      Object.assign(job.snapshot, {
        state: cancelled ? 'cancelled' : 'failed',
        phase: 'finished',
        error: cancelled ? null : problem.message,
      })
      if (!cancelled && !problem.expected) this.ctx.logError('export', error)
      if (job.snapshot.delivery === 'download') this.removeDownload(job)
    } finally {
      job.timers.push(unref(setTimeout(() => this.forget(job), JOB_TTL_MS)))
    }
  }

  status(jobId: string): ExportJob {
    return { ...this.require(jobId).snapshot }
  }

  /** Stop a running job and wait until it has cleaned up; a finished job is left as it is. */
  async cancel(jobId: string): Promise<ExportJob> {
    const job = this.require(jobId)
    if (job.snapshot.state === 'running') job.controller.abort()
    await job.done
    return { ...job.snapshot }
  }

  /** Wait for a job to finish (the CLI runs exports this way). */
  async wait(jobId: string): Promise<ExportJob> {
    const job = this.require(jobId)
    await job.done
    return { ...job.snapshot }
  }

  /** The file a finished job wrote where the user chose, for "show in folder". */
  writtenFile(jobId: string): string {
    const job = this.require(jobId)
    if (job.snapshot.state !== 'done' || job.snapshot.delivery !== 'file') throw notFound('The exported file')
    return job.file
  }

  /**
   * A finished download's file, handed out once: the caller deletes it with `finishDownload` once sent, or hands
   * it back with `releaseDownload` when the send was interrupted. A second request while the first is still
   * being sent gets nothing (the client may ask again before the server has seen the first response close).
   */
  takeDownload(jobId: string): Download | null {
    const job = this.jobs.get(jobId)
    if (
      !job ||
      job.sending ||
      job.snapshot.state !== 'done' ||
      job.snapshot.delivery !== 'download' ||
      !fs.existsSync(job.file)
    )
      return null
    job.sending = true
    return { file: job.file, fileName: job.snapshot.fileName, format: job.snapshot.format }
  }

  finishDownload(jobId: string): void {
    const job = this.jobs.get(jobId)
    if (job) this.removeDownload(job)
  }

  /** An interrupted send: the file stays for another try until it expires. */
  releaseDownload(jobId: string): void {
    const job = this.jobs.get(jobId)
    if (job) job.sending = false
  }

  /** Stop everything and delete the temporary folder (the workspace is closing). */
  dispose(): void {
    for (const job of this.jobs.values()) {
      job.controller.abort()
      job.timers.forEach(clearTimeout)
    }
    this.jobs.clear()
    this.tickets.clear()
    if (this.downloadsDir) fs.rmSync(this.downloadsDir, { recursive: true, force: true })
    this.downloadsDir = null
  }

  private require(jobId: string): Job {
    const job = this.jobs.get(jobId)
    if (!job) throw notFound('This export')
    return job
  }

  private downloads(): string {
    this.downloadsDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-exports-'))
    return this.downloadsDir
  }

  private removeDownload(job: Job) {
    if (job.snapshot.delivery === 'download')
      fs.rmSync(path.dirname(job.file), { recursive: true, force: true })
  }

  private forget(job: Job) {
    job.timers.forEach(clearTimeout)
    this.jobs.delete(job.snapshot.jobId)
  }
}

const unref = (timer: NodeJS.Timeout) => {
  timer.unref()
  return timer
}

/** Per open workspace, whoever asks: each request has its own context (its caller), the jobs are shared. */
const registries = new WeakMap<CoreContext['storage'], ExportJobs>()

/** The export jobs of one open workspace. */
export function exportJobs(ctx: CoreContext): ExportJobs {
  let jobs = registries.get(ctx.storage)
  if (!jobs) {
    jobs = new ExportJobs(ctx)
    registries.set(ctx.storage, jobs)
  }
  return jobs
}

/** Called when a workspace closes: no job, ticket or temporary file outlives it. */
export function disposeExportJobs(ctx: CoreContext): void {
  registries.get(ctx.storage)?.dispose()
  registries.delete(ctx.storage)
}
