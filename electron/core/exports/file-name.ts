/** File names for exports, safe on every operating system and telling what the file is. */
import type { Labels } from '../../../shared/i18n/labels'
import type { ExportFormat } from '../../../shared/schemas/export'

/** A file name built from an organisation's name, safe on every operating system. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const cleaned = name.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '')
  return cleaned.slice(0, 80) || 'register'
}

/**
 * The name an export is offered under: "Nordic Bakery Oy - Verzeichnis von Verarbeitungstätigkeiten -
 * 2026-03-01.pdf"; the register document keeps its interchange name "Nordic Bakery Oy.register.json".
 */
export function exportFileName(organisationName: string, format: ExportFormat, labels: Labels, date: string): string {
  if (format === 'json') return `${safeFileName(organisationName)}.register.json`
  return `${safeFileName(organisationName)} - ${safeFileName(labels.document.recordName)} - ${date}.${format}`
}
