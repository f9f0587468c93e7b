/**
 * The main window, hardened: isolated, sandboxed, no Node in the page, no navigation away from the app,
 * no new windows, no permission grants. Web links open in the user's browser instead.
 */
import { BrowserWindow, session, shell } from 'electron'
import { secureWebPreferences } from './web-preferences'
import { APP_ENTRY_URL, isAppUrl, isExternalWebUrl } from './trusted-url'

export function lockDownSession() {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    title: 'ROPA',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  void win.loadURL(APP_ENTRY_URL)
  return win
}
