/**
 * Which URLs belong to the app. Pure and unit-tested: the window, the protocol handler and the IPC
 * sender check all decide with these functions.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'ropa'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

/** Only links to the web (http/https) may be handed to the OS browser; nothing else leaves the app. */
export function isExternalWebUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
