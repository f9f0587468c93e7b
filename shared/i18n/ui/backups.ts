/** Backups of the whole workspace: the list, backing up now, and restoring one. */
export const backupsMessages = {
  title: 'Backups',
  intro:
    'Copies of the whole workspace, every organisation included. ROPA makes one automatically after the first changes of each day (once you pause), keeps it up to date while the app is open and when it closes, and keeps one copy a day for the last seven days with changes; it also makes one before an update of the app and before a restore.',
  folder: 'Backup folder',
  openFolder: 'Open folder',
  automaticFailed:
    'The last automatic backup failed ({{when}}): {{message}} Your register is not affected; ROPA tries again in a minute. “Back up now” makes a copy by hand.',
  noAutomatic:
    'A team database is backed up on its server: ROPA makes no automatic copies of it here. Copies made by hand go to this folder.',
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
