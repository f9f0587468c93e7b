/**
 * The host methods (shared/api/host.ts), answered by the core with what the host injected (core/host.ts): the
 * desktop's save dialog and "show in folder", the CLI's --out. A path only ever comes from the host: its answer
 * becomes a one-time save ticket, and "show in folder" takes a job id.
 */
import path from 'node:path'
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type FileFormat,
  type NoticeFormat,
} from '../../../shared/schemas/export'
import type { CoreContext } from '../context'
import { AppError, invalid } from '../errors'
import { exportJobs } from '../exports/jobs'
import type { Handlers } from '../handler'
import type { Language } from '../../../shared/schemas/codes'

const desktopOnly = (what: string) =>
  new AppError(
    'NOT_FOUND',
    `${what} is only available in the desktop app. In browser mode, exports are downloaded by the browser.`,
  )

/** The name an export or a notice of this organisation gets today, in its language. */
async function suggestedFileName(
  ctx: CoreContext,
  input: {
    organisationId: string
    format: FileFormat
    language: Language | null
    notice: { audienceId: string | null } | null
  },
) {
  const jobs = exportJobs(ctx)
  if (input.notice)
    return jobs.suggestedNoticeFileName(
      input.organisationId,
      input.format as NoticeFormat,
      input.language,
      input.notice.audienceId,
    )
  if (!(EXPORT_FORMATS as readonly string[]).includes(input.format))
    throw invalid(
      `A register is not exported as ${input.format}; ${input.format} is a format of privacy notices.`,
    )
  return jobs.suggestedFileName(input.organisationId, input.format as ExportFormat, input.language)
}

export const hostHandlers: Handlers<'host.capabilities' | 'host.chooseSavePath' | 'host.showInFolder'> = {
  'host.capabilities': async (ctx) => ({
    kind: ctx.host.kind,
    saveDialog: ctx.host.chooseFile !== undefined,
    showInFolder: ctx.host.showInFolder !== undefined,
  }),
  'host.chooseSavePath': async (ctx, input) => {
    const choose = ctx.host.chooseFile
    if (!choose) throw desktopOnly('Choosing where to save')
    const chosen = await choose({ fileName: await suggestedFileName(ctx, input), format: input.format })
    if (chosen === null) return null
    return { ticket: exportJobs(ctx).registerSaveTarget(chosen), fileName: path.basename(chosen) }
  },
  'host.showInFolder': async (ctx, input) => {
    const show = ctx.host.showInFolder
    if (!show) throw desktopOnly('Showing a file in its folder')
    show(exportJobs(ctx).writtenFile(input.jobId))
    return { shown: true }
  },
}
