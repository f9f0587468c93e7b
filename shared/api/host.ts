/**
 * What the host around the UI can do. The core answers these with what the host gave it (electron/core/host.ts):
 * the desktop's native save dialog and "show in folder", the CLI's --out; in browser mode they are not
 * available, and the UI downloads exports through the browser instead.
 */
import { z } from 'zod'
import { method } from './contract'
import { emptyInput, idSchema } from '../schemas/common'
import { languageSchema } from '../schemas/codes'
import { fileFormatSchema } from '../schemas/export'

export const hostCapabilitiesSchema = z.object({
  /** `cli`: the `ropa` command, which serves no UI but chooses where exports go (--out). */
  kind: z.enum(['desktop', 'browser', 'cli']),
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
    summary:
      "Desktop (and the CLI's --out) only: ask the user where to save an export or a notice; gives a one-time save ticket for exports.start or notices.start, or null when cancelled",
    input: z.strictObject({
      organisationId: idSchema,
      format: fileFormatSchema,
      language: languageSchema.nullable().default(null),
      /** For a privacy notice (md, html, docx or pdf): its audience, which its file name shows. */
      notice: z
        .strictObject({ audienceId: idSchema.nullable().default(null) })
        .nullable()
        .default(null),
    }),
    output: z.object({ ticket: z.string(), fileName: z.string() }).nullable(),
  }),
  'host.teamDatabase': method({
    summary:
      'Desktop only: the team database the app opens at start (its URL without the password), whether the password is kept in the OS keychain, and whether this computer has a keychain',
    input: emptyInput,
    output: z.object({ url: z.string().nullable(), passwordSaved: z.boolean(), keychain: z.boolean() }),
  }),
  'host.connectTeamDatabase': method({
    summary:
      'Desktop only: check that the team database opens, keep the choice (the password in the OS keychain, never in a plain file) and restart the app on it',
    input: z.strictObject({
      url: z.string().trim().min(1).max(2000),
      password: z.string().max(1000).nullable().default(null),
    }),
    output: z.object({ restarting: z.boolean() }),
  }),
  'host.useWorkspaceFile': method({
    summary:
      'Desktop only: forget the team database (and its kept password) and restart the app on the workspace file',
    input: emptyInput,
    output: z.object({ restarting: z.boolean() }),
  }),
  'host.showInFolder': method({
    summary: 'Desktop only: show the file an export wrote in its folder',
    input: z.strictObject({ jobId: idSchema }),
    output: z.object({ shown: z.boolean() }),
  }),
}
