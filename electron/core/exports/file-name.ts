/** File names for exports, safe on every operating system and telling what the file is. */
import { registerFileName, safeFileName } from '../../../shared/file-names'
import type { Labels } from '../../../shared/i18n/labels'
import type { ExportFormat, NoticeFormat } from '../../../shared/schemas/export'

/**
 * The name an export is offered under: "Nordic Bakery Oy - Verzeichnis von Verarbeitungstätigkeiten -
 * 2026-03-01.pdf"; the register document keeps its interchange name "Nordic Bakery Oy.register.json".
 */
export function exportFileName(
  organisationName: string,
  format: ExportFormat,
  labels: Labels,
  date: string,
): string {
  if (format === 'json') return registerFileName(organisationName)
  return `${safeFileName(organisationName)} - ${safeFileName(labels.document.recordName)} - ${date}.${format}`
}

/** A notice's name: "Nordic Bakery Oy - Tietosuojaseloste - Työntekijät - 2026-03-02.docx" (the audience when there is one). */
export function noticeFileName(
  organisationName: string,
  format: NoticeFormat,
  title: string,
  audience: string | null,
  date: string,
): string {
  const parts = [organisationName, title, ...(audience === null ? [] : [audience])].map(safeFileName)
  return `${parts.join(' - ')} - ${date}.${format}`
}
