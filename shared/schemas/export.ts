/** Exports and their records (docs/architecture.md, Exports): formats, parts, jobs and what each export kept. */
import { z } from 'zod'
import { idSchema, timestampSchema } from './common'
import { languageSchema, type Language } from './codes'

/** The formats of the register itself. */
export const EXPORT_FORMATS = ['xlsx', 'pdf', 'csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'must be xlsx, pdf, csv or json' })

/** The formats of a privacy notice drafted from the register (notice/ in shared). */
export const NOTICE_FORMATS = ['md', 'html', 'docx', 'pdf'] as const
export type NoticeFormat = (typeof NOTICE_FORMATS)[number]
export const noticeFormatSchema = z.enum(NOTICE_FORMATS, { error: 'must be md, html, docx or pdf' })

/** Every kind of file an export record can hold: the register's formats and the notice's. */
export const FILE_FORMATS = ['xlsx', 'pdf', 'csv', 'json', 'md', 'html', 'docx'] as const
export type FileFormat = (typeof FILE_FORMATS)[number]
export const fileFormatSchema = z.enum(FILE_FORMATS, {
  error: 'must be xlsx, pdf, csv, json, md, html or docx',
})

/** What an export holds: the register (Art. 30) or a privacy notice (Art. 13 and 14) drafted from it. */
export const EXPORT_DOCUMENTS = ['register', 'notice'] as const
export type ExportDocument = (typeof EXPORT_DOCUMENTS)[number]

export const NOTICE_RECIPIENT_MODES = ['names', 'categories'] as const
export const noticeRecipientModeSchema = z.enum(NOTICE_RECIPIENT_MODES, {
  error: 'must be names or categories',
})

/** The choices a notice was made with, and the gaps it showed, as its export record keeps them. */
export const noticeChoicesSchema = z.object({
  /** The data subject category the notice was for; null for every audience. */
  audienceId: idSchema.nullable(),
  audienceName: z.string().nullable(),
  recipients: noticeRecipientModeSchema,
  gaps: z.number().int(),
})
export type NoticeChoices = z.infer<typeof noticeChoicesSchema>

/** Field separators a CSV export can use: comma, semicolon or tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number]
export const csvDelimiterSchema = z.enum(CSV_DELIMITERS, { error: 'must be a comma, a semicolon or a tab' })

/**
 * The separator a spreadsheet program expects in the language's regional settings: where the decimal sign is a
 * comma (Finnish, Swedish, Danish, German, French) the list separator is a semicolon, so a comma-separated file
 * opens as one column there.
 */
export function defaultCsvDelimiter(lang: Language): CsvDelimiter {
  return lang === 'en' ? ',' : ';'
}

/** The parts of the register an export can include; the cover is always there. */
export const EXPORT_SECTIONS = [
  'controllerRecord',
  'processorRecord',
  'parties',
  'transfers',
  'securityMeasures',
  'findings',
] as const
export type ExportSection = (typeof EXPORT_SECTIONS)[number]
export const exportSectionSchema = z.enum(EXPORT_SECTIONS)

export const exportCountsSchema = z.object({
  activities: z.number().int(),
  controllerActivities: z.number().int(),
  processorActivities: z.number().int(),
  parties: z.number().int(),
  transfers: z.number().int(),
  securityMeasures: z.number().int(),
  findings: z.number().int(),
})
export type ExportCounts = z.infer<typeof exportCountsSchema>

/** What was sent, and when: one row of the exports page. */
export const exportRecordSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  createdAt: timestampSchema,
  actor: z.string(),
  document: z.enum(EXPORT_DOCUMENTS),
  format: fileFormatSchema,
  language: languageSchema,
  sections: z.array(exportSectionSchema),
  /** A notice's choices; null for a register export. */
  notice: noticeChoicesSchema.nullable(),
  fileName: z.string(),
  /** SHA-256 of the file as written, in lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteSize: z.number().int(),
  counts: exportCountsSchema,
  /** When the export showed the register as it stood at a past moment: that moment; null for the current register. */
  asOf: z.string().nullable(),
})
export type ExportRecord = z.infer<typeof exportRecordSchema>

export const EXPORT_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const
export const EXPORT_PHASES = ['preparing', 'writing', 'saving', 'finished'] as const

/** A running or finished export, as the progress bar sees it. */
export const exportJobSchema = z.object({
  jobId: idSchema,
  organisationId: idSchema,
  format: fileFormatSchema,
  language: languageSchema,
  state: z.enum(EXPORT_JOB_STATES),
  phase: z.enum(EXPORT_PHASES),
  /** Share of the work done, 0–1. */
  progress: z.number().min(0).max(1),
  /** Why it failed, in words for the user; null unless failed. */
  error: z.string().nullable(),
  fileName: z.string(),
  /** 'file': written where the user chose; 'download': kept for the browser to fetch once. */
  delivery: z.enum(['file', 'download']),
  record: exportRecordSchema.nullable(),
})
export type ExportJob = z.infer<typeof exportJobSchema>
