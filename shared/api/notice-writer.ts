import { z } from 'zod'
import { method } from './contract'
import { idSchema } from '../schemas/common'
import { languageSchema } from '../schemas/codes'
import { exportJobSchema, noticeFormatSchema, noticeRecipientModeSchema } from '../schemas/export'
import { NOTICE_GAP_CODES } from '../notice/types'

const spanSchema = z.object({
  text: z.string(),
  strong: z.boolean().optional(),
  href: z.string().optional(),
  gap: z.boolean().optional(),
})
const listItemSchema = z.object({ spans: z.array(spanSchema), sub: z.array(z.array(spanSchema)).optional() })

/** The notice as a document (shared/notice/document.ts), for the app's preview. */
export const noticeDocumentSchema = z.object({
  lang: languageSchema,
  title: z.string(),
  organisation: z.string(),
  blocks: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('heading'),
        level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        id: z.string(),
        text: z.string(),
      }),
      z.object({
        kind: z.literal('paragraph'),
        spans: z.array(spanSchema),
        tone: z.enum(['lead', 'note']).optional(),
      }),
      z.object({ kind: z.literal('list'), items: z.array(listItemSchema) }),
      z.object({
        kind: z.literal('facts'),
        rows: z.array(z.object({ label: z.string(), value: z.array(spanSchema) })),
      }),
      z.object({
        kind: z.literal('contents'),
        heading: z.string(),
        entries: z.array(
          z.object({ id: z.string(), text: z.string(), level: z.union([z.literal(1), z.literal(2)]) }),
        ),
      }),
    ]),
  ),
  gaps: z.array(
    z.object({
      code: z.enum(NOTICE_GAP_CODES),
      place: z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('activity'),
          activityId: idSchema,
          reference: z.string(),
          name: z.string(),
          field: z.string(),
        }),
        z.object({ kind: z.literal('profile'), field: z.string() }),
      ]),
      subject: z.string().nullable(),
    }),
  ),
})

const choiceShape = {
  organisationId: idSchema,
  /** Null: the organisation's language. */
  language: languageSchema.nullable().default(null),
  /** A category of data subjects of the organisation; null for a notice to every audience. */
  audienceId: idSchema.nullable().default(null),
  recipients: noticeRecipientModeSchema.default('names'),
}

/** Privacy notices drafted from the register (shared/notice): the preview and the notice export. */
export const noticeWriterContract = {
  'notices.preview': method({
    summary:
      'Draft the privacy notice (Art. 13 and 14) of an organisation from its register, with the gaps the register leaves',
    input: z.strictObject(choiceShape),
    output: z.object({
      language: languageSchema,
      audiences: z.array(z.object({ id: idSchema, name: z.string() })),
      document: noticeDocumentSchema,
    }),
  }),
  'notices.start': method({
    summary: 'Write the privacy notice as md, html, docx or pdf (an export job, recorded like every export)',
    input: z.strictObject({
      ...choiceShape,
      format: noticeFormatSchema,
      saveTicket: z.string().min(1).max(100).nullable().default(null),
    }),
    output: exportJobSchema,
  }),
}
