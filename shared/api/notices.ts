/**
 * Reading a privacy notice into a proposed register: read a file (base64) or pasted text and return the
 * proposals with their evidence and the register document they make (stores nothing); then apply the
 * document the DPO accepted, as a new organisation or merged into an existing one (all or nothing).
 */
import { z } from 'zod'
import { method } from './contract'
import { importCountsSchema } from './register'
import { noticeReadingSchema } from '../notice-reader/schema'
import { countryCodeSchema, idSchema } from '../schemas/common'
import { languageSchema } from '../schemas/codes'
import { organisationNameSchema } from '../schemas/organisation'
import { registerDocumentSchema } from '../schemas/register'

/** 20 MB of file is about 27 MB of base64. */
const MAX_BASE64 = 28 * 1024 * 1024

export const noticeInputSchema = z
  .strictObject({
    fileName: z.string().trim().min(1, { error: 'Give the file’s name' }).max(300).nullable().default(null),
    content: z
      .string()
      .max(MAX_BASE64, { error: 'The file is too large (20 MB at most).' })
      .nullable()
      .default(null),
    text: z
      .string()
      .max(1_000_000, { error: 'The text is longer than a privacy notice (1,000,000 characters at most).' })
      .nullable()
      .default(null),
    language: languageSchema.nullable().default(null),
    organisationName: organisationNameSchema.nullable().default(null),
    country: countryCodeSchema.nullable().default(null),
  })
  .refine((i) => (i.text !== null) !== (i.content !== null), {
    error: 'Give either the notice’s text or a file, not both',
    path: ['text'],
  })
  .refine((i) => i.content === null || i.fileName !== null, {
    error: 'Give the file’s name, so its kind is known',
    path: ['fileName'],
  })

export const noticesContract = {
  'notices.read': method({
    summary:
      'Read a privacy notice (pasted text, or a .txt/.md/.html/.pdf/.docx file as base64) into proposals with their evidence, and the register document they make. Stores nothing',
    input: noticeInputSchema,
    output: z.object({ reading: noticeReadingSchema, document: registerDocumentSchema }),
  }),
  'notices.apply': method({
    summary:
      'Save a register document drafted from a notice: as a new organisation (mode "new"), or merged into an existing one (mode "merge": its activities added, catalogue entries of the same name reused). All or nothing',
    input: z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('new'), document: z.unknown() }),
      z.strictObject({ mode: z.literal('merge'), document: z.unknown(), organisationId: idSchema }),
    ]),
    output: z.object({
      organisationId: idSchema,
      name: z.string(),
      merged: z.boolean(),
      counts: importCountsSchema,
      reusedEntries: z.number().int(),
    }),
  }),
}
