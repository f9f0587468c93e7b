/** The privacy notice of an organisation's register as it is now: what the preview shows and the notice exports write. */
import { buildNotice } from '../../../../shared/notice/build'
import { noticeDocument, type NoticeDocument } from '../../../../shared/notice/document'
import type { Notice, NoticeRecipientMode } from '../../../../shared/notice/types'
import type { Language } from '../../../../shared/schemas/codes'
import type { RegisterDocument } from '../../../../shared/schemas/register'
import type { CoreContext } from '../../context'
import { notFound } from '../../errors'
import { listEntries } from '../../services/catalogues/read'
import { localIsoDate } from '../../services/checks'
import { buildRegister } from '../../services/register'

export interface NoticeChoice {
  organisationId: string
  /** Null: the organisation's language. */
  language: Language | null
  audienceId: string | null
  recipients: NoticeRecipientMode
}

export interface DraftedNotice {
  register: RegisterDocument
  notice: Notice
  document: NoticeDocument
}

/** The audience must be one of the organisation's categories of data subjects. */
export async function requireAudience(
  ctx: CoreContext,
  organisationId: string,
  audienceId: string | null,
): Promise<void> {
  if (audienceId === null) return
  const categories = await listEntries(ctx.db, 'dataSubjectCategories', organisationId)
  if (!categories.some((c) => c.id === audienceId)) throw notFound('This category of data subjects')
}

/** The notice of the register as it is now, dated today. */
export async function draftNotice(ctx: CoreContext, choice: NoticeChoice): Promise<DraftedNotice> {
  await requireAudience(ctx, choice.organisationId, choice.audienceId)
  const register = await buildRegister(ctx.db, choice.organisationId, { keepIds: true })
  const notice = buildNotice(register, {
    lang: choice.language ?? register.organisation.language,
    audienceId: choice.audienceId,
    recipients: choice.recipients,
    date: localIsoDate(ctx.now()),
  })
  return { register, notice, document: noticeDocument(notice) }
}
