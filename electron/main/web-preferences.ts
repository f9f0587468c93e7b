/** The window's web preferences: pure, so a unit test can fail the build if any hardening goes missing. */
import type { WebPreferences } from 'electron'

/** `packaged`: an installed build (app.isPackaged), which has no DevTools; a development build keeps them. */
export function secureWebPreferences(
  preloadPath: string,
  { packaged }: { packaged: boolean },
): WebPreferences {
  return {
    preload: preloadPath,
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  }
}
