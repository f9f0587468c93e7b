/**
 * The desktop host's own API methods (shared/api/host.ts), answered in the main process before dispatch: the
 * native save dialog and "show in folder". The renderer never names a path: the dialog's answer becomes a
 * one-time save ticket, and "show in folder" takes a job id. Electron comes in through `NativeHost`, so this
 * file runs (and is tested) in plain Node.
 */
import path from 'node:path'
import { contract, type MethodName, type Result } from '../../shared/api'
import { summariseIssues, toFieldIssues } from '../../shared/api/issues'
import { EXPORT_FORMATS, type ExportFormat, type FileFormat, type NoticeFormat } from '../../shared/schemas/export'
import type { CoreContext } from '../core/context'
import type { Dispatch } from '../core/dispatch'
import { openPostgresWorkspace } from '../core/db/postgres'
import { invalid, WorkspaceError } from '../core/errors'
import { failureOf } from '../core/failures'
import { exportJobs } from '../core/exports/jobs'
import { TeamDatabaseSetting } from './team-database'

export interface NativeHost {
  /** The chosen file, or null when the user cancelled. */
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>
  showItemInFolder(file: string): void
  /** Where a save dialog opens by default (the user's documents folder). */
  defaultFolder(): string
  /** The kept "Connect to a team database" choice. */
  teamDatabase: TeamDatabaseSetting
  /** Start the app again (on the workspace the kept choice names), after answering. */
  restart(): void
}

const FILTERS: Record<FileFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'Register document (JSON)', extensions: ['json'] },
  md: { name: 'Markdown document', extensions: ['md'] },
  html: { name: 'Web page (HTML)', extensions: ['html'] },
  docx: { name: 'Word document', extensions: ['docx'] },
}

type HostMethod = Extract<MethodName, `host.${string}`>

/** Wraps the core's dispatch so the desktop answers the host methods itself. */
export function desktopDispatch(ctx: CoreContext, native: NativeHost, dispatch: Dispatch): Dispatch {
  const jobs = exportJobs(ctx)
  const answers: Record<HostMethod, (input: never) => Promise<unknown>> = {
    'host.capabilities': async () => ({ kind: 'desktop', saveDialog: true, showInFolder: true }),
    'host.chooseSavePath': async (input: { organisationId: string; format: FileFormat; language: null | 'en' | 'fi' | 'sv' | 'da' | 'de' | 'fr'; notice: { audienceId: string | null } | null }) => {
      const fileName = input.notice
        ? await jobs.suggestedNoticeFileName(input.organisationId, input.format as NoticeFormat, input.language, input.notice.audienceId)
        : (EXPORT_FORMATS as readonly string[]).includes(input.format)
          ? await jobs.suggestedFileName(input.organisationId, input.format as ExportFormat, input.language)
          : null
      if (fileName === null) throw invalid(`A register is not exported as ${input.format}; ${input.format} is a format of privacy notices.`)
      let chosen = await native.showSaveDialog({ defaultPath: path.join(native.defaultFolder(), fileName), filters: [FILTERS[input.format]] })
      if (chosen === null) return null
      // Some systems' dialogs leave the extension to the user; the file must still open as what it is.
      if (path.extname(chosen).toLowerCase() !== `.${input.format}`) chosen += `.${input.format}`
      return { ticket: jobs.registerSaveTarget(chosen), fileName: path.basename(chosen) }
    },
    'host.showInFolder': async (input: { jobId: string }) => {
      native.showItemInFolder(jobs.writtenFile(input.jobId))
      return { shown: true }
    },
    'host.teamDatabase': async () => {
      const kept = native.teamDatabase.read()
      return { url: kept?.url ?? null, passwordSaved: kept?.passwordSaved ?? false, keychain: native.teamDatabase.keychainAvailable() }
    },
    'host.connectTeamDatabase': async (input: { url: string; password: string | null }) => {
      const { url, password } = TeamDatabaseSetting.split(input.url, input.password)
      const connect = new URL(url)
      if (password) connect.password = encodeURIComponent(password)
      // Opened once before it is kept: a wrong address or password is told now, not at the next start.
      try {
        await (await openPostgresWorkspace(connect.toString(), { maxConnections: 1 })).close()
      } catch (error) {
        if (error instanceof WorkspaceError) throw invalid(error.message, [{ path: 'url', message: 'cannot be opened' }])
        throw error
      }
      native.teamDatabase.save(url, password)
      setTimeout(() => native.restart(), 300)
      return { restarting: true }
    },
    'host.useWorkspaceFile': async () => {
      native.teamDatabase.clear()
      setTimeout(() => native.restart(), 300)
      return { restarting: true }
    },
  }

  return async (method, input) => {
    if (!(method in answers)) return dispatch(method, input)
    const spec = contract[method as HostMethod]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return { ok: false, error: { code: 'VALIDATION', message: `Please check what was entered. ${summariseIssues(issues)}`, issues } }
    }
    try {
      return { ok: true, value: await answers[method as HostMethod](parsed.data as never) } satisfies Result<unknown>
    } catch (error) {
      const { expected, code, message, issues } = failureOf(error, ctx.workspacePath)
      if (!expected) ctx.logError(method, error)
      return { ok: false, error: { code, message, ...(issues ? { issues } : {}) } }
    }
  }
}
