import fs from 'node:fs'
import path from 'node:path'
import { automaticBackupStatus, createBackup, restoreBackup } from '../backup/backups'
import { backupFolder, backupPath, listBackupFiles, type BackupFile } from '../backup/files'
import type { CoreContext } from '../context'
import { AppError, conflict } from '../errors'
import type { Handlers } from '../handler'

const present = ({ path: _path, ...backup }: BackupFile) => backup

/**
 * Where the host (core/host.ts) writes a backup made with `chooseFile`: the desktop's save dialog or the CLI's
 * --out answers, offered the name a backup in the backups folder would get. The core never picks a path itself.
 */
async function chosenFile(ctx: CoreContext): Promise<string> {
  const choose = ctx.host.chooseFile
  if (!choose)
    throw new AppError(
      'NOT_FOUND',
      'Choosing where to write a backup is only available in the desktop app and the ropa command.',
    )
  const fileName = path.basename(backupPath(ctx.storage.backupBase, 'manual', ctx.now()))
  const chosen = await choose({ fileName, format: 'sqlite' })
  if (chosen === null) throw conflict('No place to write the backup was chosen. Nothing was written.')
  return chosen
}

export const backupHandlers: Handlers<
  'backups.list' | 'backups.folder' | 'backups.openFolder' | 'backups.create' | 'backups.restore'
> = {
  'backups.list': async (ctx) => listBackupFiles(ctx.storage.backupBase).map(present),
  // The folder is always the one beside the workspace (files.ts): the path never comes from outside.
  'backups.folder': async (ctx) => ({
    path: backupFolder(ctx.storage.backupBase),
    automatic: ctx.storage.engine === 'sqlite',
    canOpen: ctx.host.openFolder !== undefined,
    lastFailure: automaticBackupStatus(ctx).lastFailure,
  }),
  'backups.openFolder': async (ctx) => {
    const open = ctx.host.openFolder
    if (!open)
      throw new AppError(
        'NOT_FOUND',
        'Opening the backup folder is only available in the desktop app. Its path is shown on the Backups page.',
      )
    const folder = backupFolder(ctx.storage.backupBase)
    // Before the first backup the folder does not exist yet; the file manager should still open it.
    fs.mkdirSync(folder, { recursive: true })
    open(folder)
    return { opened: true }
  },
  'backups.create': async (ctx, input) =>
    createBackup(ctx, 'manual', input.chooseFile ? await chosenFile(ctx) : undefined),
  'backups.restore': (ctx, input) => restoreBackup(ctx, input.name),
}
