/** The exports API: start, follow and cancel export jobs, and read the records of what was exported. */
import type { Handlers } from '../handler'
import { exportJobs } from '../exports/jobs'
import { getExportRecord, listExportRecords } from '../exports/records'
import { requireOrganisation } from './organisations'

export const exportHandlers: Handlers<
  'exports.start' | 'exports.status' | 'exports.cancel' | 'exports.list' | 'exports.get'
> = {
  'exports.start': (ctx, input) => exportJobs(ctx).start(input, input.saveTicket, ctx),
  'exports.status': async (ctx, input) => exportJobs(ctx).status(input.jobId),
  'exports.cancel': (ctx, input) => exportJobs(ctx).cancel(input.jobId),
  'exports.list': async (ctx, input) => {
    await requireOrganisation(ctx.db, input.organisationId)
    return listExportRecords(ctx, input.organisationId)
  },
  'exports.get': (ctx, input) => getExportRecord(ctx, input.id),
}
