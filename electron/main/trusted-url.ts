/**
 * Which URLs belong to the app. Pure and unit-tested: the window, the protocol handler and the IPC
 * sender check all decide with these functions.
 */
import { CONTACTS_SOURCES, SUPERVISORY_AUTHORITIES } from '../../shared/reference/authorities'
import { ADEQUACY_URL, GDPR_URL } from '../../shared/reference/source'

export const APP_SCHEME = 'app'
export const APP_HOST = 'ropa'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return (
      url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
    )
  } catch {
    return false
  }
}

const hostOf = (raw: string) => new URL(raw).host

/**
 * The sites the app links to: the supervisory authorities (home and complaint pages, from the reference
 * data), EUR-Lex, the EDPB and the Commission. Derived from the reference data, so a new authority's link
 * opens without a second list to keep.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  ...SUPERVISORY_AUTHORITIES.items
    .flatMap((a) => [a.contact.website, a.contact.complaintPage ?? a.contact.website])
    .map(hostOf),
  ...[SUPERVISORY_AUTHORITIES.source, ...CONTACTS_SOURCES, GDPR_URL, ADEQUACY_URL].map(hostOf),
  'eur-lex.europa.eu',
  'www.edpb.europa.eu',
  'commission.europa.eu',
  'ec.europa.eu',
])

/**
 * Only https links to the sites the app itself links to are handed to the OS browser (shell.openExternal);
 * any other link (another site, file:, smb:, a custom scheme that starts a program) never leaves the app.
 */
export function isExternalWebUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      url.port === '' &&
      EXTERNAL_HOSTS.has(url.host)
    )
  } catch {
    return false
  }
}

/** A frame may navigate only when it is the main window's page going to a page of the app: the app has no frames of its own. */
export function mayFrameNavigate({ isMainFrame, url }: { isMainFrame: boolean; url: string }): boolean {
  return isMainFrame && isAppUrl(url)
}
