/** File names derived from what the user typed (organisation names), safe on Windows, macOS and Linux. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
  return cleaned.slice(0, 80) || 'register'
}

/** The name `ropa export --format json` and the app's "Export JSON" give a register document. */
export const registerFileName = (organisationName: string) =>
  `${safeFileName(organisationName)}.register.json`
