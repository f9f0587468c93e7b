/** Desktop lifecycle: one instance, open the workspace, serve the UI, answer the one IPC channel. */
import path from 'node:path'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron'
import { openBackend, type Backend } from '../core/backend'
import { workspaceLocation } from '../core/db/location'
import { TeamDatabaseSetting } from './team-database'
import { desktopHost } from './host'
import { registerIpc } from './ipc'
import { registerAppScheme, serveRenderer } from './protocol'
import { createMainWindow, lockDownSession } from './window'

const here = path.dirname(fileURLToPath(import.meta.url))
const rendererDir = path.join(here, '..', 'renderer')
const preloadPath = path.join(here, 'preload.cjs')

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}

/** In development, better-sqlite3 in node_modules is built for Node; `npm start` builds a copy for Electron. */
function nativeBindingForDevelopment(): string | undefined {
  if (app.isPackaged) return undefined
  const candidate = path.join(here, '..', '..', 'build', 'electron-native', 'better_sqlite3.node')
  return fs.existsSync(candidate) ? candidate : undefined
}

app.setName('ROPA')
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  let backend: Backend | null = null
  let backups: ReturnType<Backend['scheduleDailyBackups']> | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })

  app.whenReady().then(async () => {
    const teamDatabase = new TeamDatabaseSetting(path.join(app.getPath('userData'), 'team-database.json'), {
      available: () => safeStorage.isEncryptionAvailable(),
      encrypt: (text) => safeStorage.encryptString(text),
      decrypt: (data) => safeStorage.decryptString(data),
    })
    // What the core may ask of the desktop (electron/core/host.ts); it never imports Electron itself.
    const host = desktopHost({
      async showSaveDialog(options) {
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
      showItemInFolder: (file) => shell.showItemInFolder(file),
      openFolder: (folder) => void shell.openPath(folder),
      defaultFolder: () => app.getPath('documents'),
      teamDatabase,
      restart: () => {
        app.relaunch()
        app.exit(0)
      },
    })
    // --db and ROPA_DB win; then the team database chosen in the app; then the workspace file.
    const chosen = argValue('--db') || process.env.ROPA_DB
    const kept = chosen ? null : teamDatabase.read()
    try {
      backend = await openBackend(
        kept ? { kind: 'postgres', url: kept.connectUrl } : workspaceLocation(chosen),
        { nativeBinding: nativeBindingForDevelopment(), host },
      )
    } catch (error) {
      // The kept team database may be out of reach (no VPN): offer the workspace file rather than a dead end.
      if (kept) {
        const { response } = await dialog.showMessageBox({
          type: 'error',
          title: 'ROPA cannot open the team database',
          message: (error as Error).message,
          buttons: ['Quit', 'Open the workspace file instead'],
          defaultId: 0,
        })
        if (response === 1) {
          teamDatabase.clear()
          app.relaunch()
        }
        app.exit(1)
        return
      }
      dialog.showErrorBox('ROPA cannot open the workspace', (error as Error).message)
      app.exit(1)
      return
    }
    backups = backend.scheduleDailyBackups()
    lockDownSession()
    serveRenderer(rendererDir)
    registerIpc(backend.dispatch, () => mainWindow?.webContents ?? null)
    mainWindow = createMainWindow(preloadPath)
    mainWindow.on('closed', () => (mainWindow = null))
  })

  app.on('window-all-closed', () => app.quit())
  // Quitting waits for the copy of the day's last changes (core/backup/schedule.ts), then closes the workspace.
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closed = true
    void (async () => {
      await backups?.close()
      await backend?.close().catch(() => {})
      app.quit()
    })()
  })
}
