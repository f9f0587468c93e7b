/**
 * The Content Security Policy of every page the app shows, in one place: the HTML meta tag (built in by
 * Vite), the browser-mode server's header and the desktop protocol handler's header all use it.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets CSS variables and positions through style attributes; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** For the `<meta http-equiv>` tag (browsers ignore frame-ancestors there). */
export const CSP_META = DIRECTIVES.join('; ')

/** For HTTP response headers. */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')
