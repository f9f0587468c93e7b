import { z } from 'zod'
import { method } from './contract'
import { idSchema, momentSchema } from '../schemas/common'
import { languageSchema } from '../schemas/codes'
import {
  EXPORT_SECTIONS,
  csvDelimiterSchema,
  exportFormatSchema,
  exportJobSchema,
  exportRecordSchema,
  exportSectionSchema,
} from '../schemas/export'
import { registerDocumentSchema } from '../schemas/register'

export const exportRecordDetailSchema = exportRecordSchema.extend({
  /** The register as it was exported (workspace ids kept), for comparing what was sent over time. */
  snapshot: registerDocumentSchema,
})

export const exportsContract = {
  'exports.start': method({
    summary:
      'Start an export of one organisation’s register (xlsx, pdf, csv or json) in a language (default: the organisation’s). ' +
      'It is written where the user chose (a save ticket from host.chooseSavePath) or kept for download',
    input: z.strictObject({
      organisationId: idSchema,
      format: exportFormatSchema,
      language: languageSchema.nullable().default(null),
      sections: z
        .array(exportSectionSchema)
        .min(1, { error: 'choose at least one part of the register' })
        .default([...EXPORT_SECTIONS])
        .refine((s) => new Set(s).size === s.length, { error: 'lists the same part twice' }),
      saveTicket: z.string().min(1).max(100).nullable().default(null),
      /** Export the register as it stood at this moment (rebuilt from the history); null for the current register. */
      asOf: momentSchema.nullable().default(null),
      /** A CSV's field separator; null: the export language's (";" except in English). Only for CSV. */
      delimiter: csvDelimiterSchema.nullable().default(null),
    }),
    output: exportJobSchema,
  }),
  'exports.status': method({
    summary: 'Progress of an export',
    input: z.strictObject({ jobId: idSchema }),
    output: exportJobSchema,
  }),
  'exports.cancel': method({
    summary: 'Cancel a running export: it leaves no file and no record',
    input: z.strictObject({ jobId: idSchema }),
    output: exportJobSchema,
  }),
  'exports.list': method({
    summary: 'What was exported for an organisation, newest first',
    input: z.strictObject({ organisationId: idSchema }),
    output: z.array(exportRecordSchema),
  }),
  'exports.get': method({
    summary: 'One export record with the register snapshot it was made from',
    input: z.strictObject({ id: idSchema }),
    output: exportRecordDetailSchema,
  }),
}
