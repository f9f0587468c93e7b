/**
 * Importing registers from spreadsheets (xlsx, CSV): analyse a file (layout, header row, suggested mapping
 * with confidence, contact block, preview, problems), analyse again with an edited mapping, confirm (all or
 * nothing), and saved mappings for the next client's sheet. The file travels as base64 on every call and is
 * never stored.
 */
import { z } from 'zod'
import { method } from './contract'
import { importCountsSchema } from './register'
import { analysisSchema, importMappingSchema } from '../imports/analyse'
import { idSchema, timestampSchema } from '../schemas/common'
import { organisationNameSchema } from '../schemas/organisation'

/** 40 MB of file is about 54 MB of base64, inside the browser-mode server's 64 MB request limit. */
const MAX_BASE64 = 56 * 1024 * 1024

export const importFileSchema = z.strictObject({
  fileName: z.string().trim().min(1, { error: 'Give the file’s name' }).max(300),
  content: z.string().max(MAX_BASE64, { error: 'The file is too large to import (40 MB at most).' }),
  sheets: z.array(z.string().max(100)).max(200).nullable().default(null),
  mapping: importMappingSchema.nullable().default(null),
  organisationName: organisationNameSchema.nullable().default(null),
})

export const savedMappingSchema = z.object({
  id: idSchema,
  name: z.string(),
  mapping: importMappingSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type SavedMapping = z.infer<typeof savedMappingSchema>

export const importsContract = {
  'imports.analyse': method({
    summary:
      'Read a spreadsheet (xlsx or CSV, base64) and say how it would be imported: layout, sheets, mapping, preview, problems. Stores nothing',
    input: importFileSchema,
    output: analysisSchema,
  }),
  'imports.confirm': method({
    summary:
      'Import a spreadsheet with the given mapping as a new organisation, all or nothing. If the name is taken: mode "replace", or give another name',
    input: importFileSchema.extend({ mode: z.enum(['new', 'replace']).default('new') }),
    output: z.object({
      organisationId: idSchema,
      name: z.string(),
      replaced: z.boolean(),
      counts: importCountsSchema,
      problems: z.number().int(),
    }),
  }),
  'imports.mappings.list': method({
    summary: 'The saved column mappings, by name',
    input: z.strictObject({}),
    output: z.array(savedMappingSchema),
  }),
  'imports.mappings.save': method({
    summary:
      'Save a column mapping under a name (replacing one of the same name), to reuse it for the next sheet',
    input: z.strictObject({
      name: z.string().trim().min(1, { error: 'Give the mapping a name' }).max(100),
      mapping: importMappingSchema,
    }),
    output: savedMappingSchema,
  }),
  'imports.mappings.delete': method({
    summary: 'Delete a saved column mapping',
    input: z.strictObject({ id: idSchema }),
    output: z.object({ id: idSchema }),
  }),
}
