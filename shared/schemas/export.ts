/** Exports and their records (DESIGN.md sections 3 and 6): formats, sections, jobs and what each export kept. */
import { z } from 'zod'
import { idSchema, timestampSchema } from './common'
import { languageSchema } from './codes'

export const EXPORT_FORMATS = ['xlsx', 'pdf', 'csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'must be xlsx, pdf, csv or json' })

/** The parts of the register an export can include; the cover is always there. */
export const EXPORT_SECTIONS = ['controllerRecord', 'processorRecord', 'parties', 'transfers', 'securityMeasures', 'findings'] as const
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
  format: exportFormatSchema,
  language: languageSchema,
  sections: z.array(exportSectionSchema),
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
  format: exportFormatSchema,
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
