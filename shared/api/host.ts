/**
 * What the host around the UI can do. The desktop app answers these itself (native save dialog, showing a file
 * in its folder) before anything reaches the core; in browser mode the core answers that they are not
 * available, and the UI downloads exports through the browser instead.
 */
import { z } from 'zod'
import { method } from './contract'
import { emptyInput, idSchema } from '../schemas/common'
import { languageSchema } from '../schemas/codes'
import { fileFormatSchema } from '../schemas/export'

export const hostCapabilitiesSchema = z.object({
  kind: z.enum(['desktop', 'browser']),
  /** The host can ask where to save a file, and the export is written there. */
  saveDialog: z.boolean(),
  /** The host can show a written file in the system's file manager. */
  showInFolder: z.boolean(),
})
export type HostCapabilities = z.infer<typeof hostCapabilitiesSchema>

export const hostContract = {
  'host.capabilities': method({
    summary: 'What the host offers: a save dialog and "show in folder" (desktop) or browser downloads',
    input: emptyInput,
    output: hostCapabilitiesSchema,
  }),
  'host.chooseSavePath': method({
    summary: 'Desktop only: ask the user where to save an export or a notice; gives a one-time save ticket for exports.start or notices.start, or null when cancelled',
    input: z.strictObject({
      organisationId: idSchema,
      format: fileFormatSchema,
      language: languageSchema.nullable().default(null),
      /** For a privacy notice (md, html, docx or pdf): its audience, which its file name shows. */
      notice: z.strictObject({ audienceId: idSchema.nullable().default(null) }).nullable().default(null),
    }),
    output: z.object({ ticket: z.string(), fileName: z.string() }).nullable(),
  }),
  'host.showInFolder': method({
    summary: 'Desktop only: show the file an export wrote in its folder',
    input: z.strictObject({ jobId: idSchema }),
    output: z.object({ shown: z.boolean() }),
  }),
}
