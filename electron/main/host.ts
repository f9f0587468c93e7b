/**
 * What the desktop app offers the core (electron/core/host.ts): the native save dialog, "show in folder" and the
 * kept team database choice. The core answers the host methods with these (core/services/host.ts), after
 * dispatch validated them like every request. Electron comes in through `NativeHost`, so this file runs (and is
 * tested) in plain Node.
 */
import path from 'node:path'
import type { Host, SaveFormat } from '../core/host'
import type { TeamDatabaseSetting } from './team-database'

export interface NativeHost {
  /** The chosen file, or null when the user cancelled. */
  showSaveDialog(options: {
    defaultPath: string
    filters: { name: string; extensions: string[] }[]
  }): Promise<string | null>
  showItemInFolder(file: string): void
  /** Open a folder in the file manager (Electron's shell.openPath). */
  openFolder?(folder: string): void
  /** Where a save dialog opens by default (the user's documents folder). */
  defaultFolder(): string
  /** The kept "Connect to a team database" choice. */
  teamDatabase: TeamDatabaseSetting
  /** Start the app again (on the workspace the kept choice names). */
  restart(): void
}

const FILTERS: Record<SaveFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'Register document (JSON)', extensions: ['json'] },
  md: { name: 'Markdown document', extensions: ['md'] },
  html: { name: 'Web page (HTML)', extensions: ['html'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  sqlite: { name: 'ROPA workspace backup (SQLite)', extensions: ['sqlite'] },
}

export function desktopHost(native: NativeHost): Host {
  const setting = native.teamDatabase
  return {
    kind: 'desktop',
    async chooseFile({ fileName, format }) {
      const chosen = await native.showSaveDialog({
        defaultPath: path.join(native.defaultFolder(), fileName),
        filters: [FILTERS[format]],
      })
      if (chosen === null) return null
      // Some systems' dialogs leave the extension to the user; the file must still open as what it is.
      return path.extname(chosen).toLowerCase() === `.${format}` ? chosen : `${chosen}.${format}`
    },
    showInFolder: (file) => native.showItemInFolder(file),
    openFolder: native.openFolder && ((folder) => native.openFolder!(folder)),
    teamDatabase: {
      read: () => setting.read(),
      keychainAvailable: () => setting.keychainAvailable(),
      save: (url, password) => setting.save(url, password),
      clear: () => setting.clear(),
      restart: () => native.restart(),
    },
  }
}
