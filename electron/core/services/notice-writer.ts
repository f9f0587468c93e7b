/**
 * Privacy notices (Art. 13 and 14) drafted from an organisation's register: the preview the app shows beside
 * its gaps, and the notice exports, which run as export jobs and are recorded like every export.
 */
import type { Handlers } from '../handler'
import { exportJobs } from '../exports/jobs'
import { draftNotice, requireAudience } from '../exports/notice/draft'
import { requireOrganisation } from './organisations'

export const noticeWriterHandlers: Handlers<'notices.preview' | 'notices.start'> = {
  'notices.preview': async (ctx, input) => {
    const { register, document } = await draftNotice(ctx, input)
    return {
      language: document.lang,
      audiences: register.dataSubjectCategories.map((c) => ({ id: c.id, name: c.name })),
      document,
    }
  },
  'notices.start': async (ctx, input) => {
    await requireOrganisation(ctx.db, input.organisationId)
    await requireAudience(ctx, input.organisationId, input.audienceId)
    return exportJobs(ctx).startNotice(input, input.saveTicket, ctx)
  },
}
