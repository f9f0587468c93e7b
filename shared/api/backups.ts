import { z } from 'zod'
import { method } from './contract'
import { emptyInput } from '../schemas/common'

export const backupSchema = z.object({
  name: z.string(),
  kind: z.enum(['pre-migration', 'automatic', 'manual', 'before-restore']),
  createdAt: z.string(),
  size: z.number().int(),
})

export const backupsContract = {
  'backups.list': method({
    summary: 'Backups of the workspace, newest first',
    input: emptyInput,
    output: z.array(backupSchema),
  }),
  'backups.folder': method({
    summary:
      'Where the backups are kept, whether automatic ones are made, and the last automatic one that failed',
    input: emptyInput,
    output: z.object({
      path: z.string(),
      /** Automatic copies are made (of a workspace file; a team database is backed up on its server). */
      automatic: z.boolean(),
      /** The host can open the folder in the system's file manager (the desktop app). */
      canOpen: z.boolean(),
      lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
    }),
  }),
  'backups.openFolder': method({
    summary: 'Desktop only: open the backup folder in the system’s file manager',
    input: emptyInput,
    output: z.object({ opened: z.boolean() }),
  }),
  'backups.create': method({
    summary:
      "Back up the workspace now: into its backups folder, or (chooseFile) where the host answers (the desktop's save dialog, the CLI's --out)",
    input: z.strictObject({ chooseFile: z.boolean().default(false) }),
    output: backupSchema.extend({ path: z.string() }),
  }),
  'backups.restore': method({
    summary: 'Replace the workspace with a backup (the current state is backed up first)',
    input: z.strictObject({ name: z.string().min(1).max(300) }),
    output: z.object({ restored: z.string(), safetyCopy: z.string() }),
  }),
}
