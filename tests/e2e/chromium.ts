import fs from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/** Debian's Chromium (or CHROMIUM_PATH); Playwright's own download is not available offline. */
export function chromiumPath(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH
  if (explicit) return explicit
  return CANDIDATES.find((p) => fs.existsSync(p))
}
