/** The exports API: start, follow and cancel export jobs, and read the records of what was exported. */
import { AppError } from '../errors'
import type { Handlers } from '../handler'
import { exportJobs } from '../exports/jobs'
import { getExportRecord, listExportRecords } from '../exports/records'
import { requireOrganisation } from './organisations'

const desktopOnly = (what: string) =>
  new AppError('NOT_FOUND', `${what} is only available in the desktop app. In browser mode, exports are downloaded by the browser.`)

export const exportHandlers: Handlers<'exports.start' | 'exports.status' | 'exports.cancel' | 'exports.list' | 'exports.get'> = {
  'exports.start': (ctx, input) => exportJobs(ctx).start(input, input.saveTicket, ctx),
  'exports.status': async (ctx, input) => exportJobs(ctx).status(input.jobId),
  'exports.cancel': (ctx, input) => exportJobs(ctx).cancel(input.jobId),
  'exports.list': async (ctx, input) => {
    await requireOrganisation(ctx.db, input.organisationId)
    return listExportRecords(ctx, input.organisationId)
  },
  'exports.get': (ctx, input) => getExportRecord(ctx, input.id),
}

/**
 * What the core answers for the host methods: the browser-mode server and the CLI have no dialogs. The desktop
 * app answers these methods itself before they reach the core (electron/main/host.ts).
 */
const teamDatabaseDesktopOnly = () =>
  new AppError('NOT_FOUND', 'Connecting to a team database from the app is only available in the desktop app. In browser mode, start it on one: ropa serve --db postgres://role@host/database (docs/team.md).')

export const hostHandlers: Handlers<'host.capabilities' | 'host.chooseSavePath' | 'host.showInFolder' | 'host.teamDatabase' | 'host.connectTeamDatabase' | 'host.useWorkspaceFile'> = {
  'host.capabilities': async () => ({ kind: 'browser', saveDialog: false, showInFolder: false }),
  'host.chooseSavePath': async () => {
    throw desktopOnly('Choosing where to save')
  },
  'host.showInFolder': async () => {
    throw desktopOnly('Showing a file in its folder')
  },
  'host.teamDatabase': async () => ({ url: null, passwordSaved: false, keychain: false }),
  'host.connectTeamDatabase': async () => {
    throw teamDatabaseDesktopOnly()
  },
  'host.useWorkspaceFile': async () => {
    throw teamDatabaseDesktopOnly()
  },
}
