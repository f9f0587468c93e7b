import { createBackup, restoreBackup } from '../backup/backups'
import { listBackupFiles, type BackupFile } from '../backup/files'
import type { Handlers } from '../handler'

const present = ({ path: _path, ...backup }: BackupFile) => backup

export const backupHandlers: Handlers<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': async (ctx) => listBackupFiles(ctx.storage.backupBase).map(present),
  'backups.create': async (ctx) => present(await createBackup(ctx, 'manual')),
  'backups.restore': (ctx, input) => restoreBackup(ctx, input.name),
}
