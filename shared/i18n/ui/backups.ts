/** Backups of the whole workspace: the list, backing up now, and restoring one. */
export const backupsMessages = {
  title: 'Backups',
  intro:
    'Copies of the whole workspace, every organisation included, in a folder beside the workspace file. ROPA makes one automatically each day it is open and keeps the latest of them; it also makes one before an update of the app and before a restore.',
  now: 'Back up now',
  created: 'Backed up: {{name}}',
  empty: 'No backups yet.',
  kind: {
    label: 'Kind',
    'pre-migration': 'Before an update of ROPA',
    automatic: 'Automatic (daily)',
    manual: 'Made by hand',
    'before-restore': 'Before a restore',
  },
  createdAt: 'Made',
  size: 'Size',
  file: 'File',
  restore: 'Restore',
  restoreNamed: 'Restore the backup of {{when}}',
  restoreTitle: 'Restore the backup of {{when}}?',
  restoreBody:
    'The workspace’s content, every organisation included, is replaced by this backup. Changes made since it was taken are no longer in the register.',
  restoreSafety:
    'Before that, ROPA backs up the current state (listed here as “Before a restore”), so you can go back to it by restoring that copy.',
  restored: 'Restored the backup of {{when}}. The state before it is kept as {{safetyCopy}}.',
}
