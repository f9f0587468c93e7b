/**
 * The main window, hardened: isolated, sandboxed, no Node in the page, no navigation away from the app (nor of
 * any frame in it), no new windows, no permission grants in any session, no DevTools when installed. Links to
 * the sites the app links to (authorities, EUR-Lex) open in the user's browser instead; others do not open.
 */
import { app, BrowserWindow, session, shell } from 'electron'
import { denyEverything } from './session-policy'
import { secureWebPreferences } from './web-preferences'
import { APP_ENTRY_URL, isAppUrl, isExternalWebUrl, mayFrameNavigate } from './trusted-url'

export function lockDownSession() {
  denyEverything(session.defaultSession)
  app.on('session-created', denyEverything)
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    title: 'ROPA',
    show: false,
    webPreferences: secureWebPreferences(preloadPath, { packaged: app.isPackaged }),
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  // The app has no frames of its own: a frame navigating anywhere (an injected iframe) is stopped too.
  win.webContents.on('will-frame-navigate', (event) => {
    if (!mayFrameNavigate(event)) event.preventDefault()
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
