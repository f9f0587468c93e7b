/** A notice export: drafted once from the register, written in the chosen format, recorded with its choices and gaps. */
import fs from 'node:fs/promises'
import type { ExportCounts, NoticeFormat } from '../../../../shared/schemas/export'
import { noticeHtml } from '../../../../shared/notice/html'
import { noticeMarkdown } from '../../../../shared/notice/markdown'
import type { NoticeDocument } from '../../../../shared/notice/document'
import type { Notice } from '../../../../shared/notice/types'
import type { CoreContext } from '../../context'
import type { WriteOptions } from '../pacer'
import type { NoticeExportRequest, Prepared } from '../run'
import { draftNotice } from './draft'
import { writeNoticeDocx } from './docx'
import { writeNoticePdf } from './pdf'

export interface NoticeFileInfo {
  appVersion: string
  /** When the file was made (its properties). */
  createdAt: Date
}

type Writer = (
  document: NoticeDocument,
  file: string,
  info: NoticeFileInfo,
  options: WriteOptions,
) => Promise<void>

const WRITERS: Record<NoticeFormat, Writer> = {
  md: (document, file) => fs.writeFile(file, noticeMarkdown(document), 'utf8'),
  html: (document, file) => fs.writeFile(file, noticeHtml(document), 'utf8'),
  docx: writeNoticeDocx,
  pdf: writeNoticePdf,
}

/** What a notice covers, for its record: its activities, the parties it names, its transfers and its gaps. */
function noticeCounts(notice: Notice): ExportCounts {
  const activities = new Map(notice.audiences.flatMap((a) => a.activities.map((x) => [x.id, x] as const)))
  const list = [...activities.values()]
  return {
    activities: list.length,
    controllerActivities: list.length,
    processorActivities: 0,
    parties: new Set(
      list.flatMap((a) => [
        ...a.recipients.filter((r) => r.partyKind !== null).map((r) => `${r.partyKind}:${r.name}`),
        ...a.jointControllers,
      ]),
    ).size,
    transfers: list.reduce((n, a) => n + a.transfers.length, 0),
    securityMeasures: 0,
    findings: notice.gaps.length,
  }
}

export async function prepareNotice(ctx: CoreContext, request: NoticeExportRequest): Promise<Prepared> {
  const { audienceId, recipients } = request.notice
  const { register, notice, document } = await draftNotice(ctx, {
    organisationId: request.organisationId,
    language: request.language,
    audienceId,
    recipients,
  })
  return {
    write: (file, options) =>
      WRITERS[request.format](document, file, { appVersion: ctx.version, createdAt: ctx.now() }, options),
    keep: () => ({
      doc: register,
      asOf: null,
      counts: noticeCounts(notice),
      sections: [],
      notice: {
        audienceId,
        audienceName:
          audienceId === null
            ? null
            : (register.dataSubjectCategories.find((c) => c.id === audienceId)?.name ?? null),
        recipients,
        gaps: notice.gaps.length,
      },
    }),
  }
}
