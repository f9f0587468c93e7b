/** How much of a file the importer reads, so a hostile or enormous file is refused before it fills memory. */
export const IMPORT_LIMITS = {
  /** The file itself (base64 of it must fit the browser-mode server's 64 MB request limit). */
  fileBytes: 40 * 1024 * 1024,
  /** One sheet's XML once unpacked, and all of them together. */
  sheetXmlBytes: 60 * 1024 * 1024,
  totalXmlBytes: 150 * 1024 * 1024,
  sheets: 200,
  /** Rows with values per sheet, and columns. */
  rows: 20_000,
  columns: 300,
  /** Characters in one CSV field (Excel's own limit for a cell is 32,767). */
  cellChars: 100_000,
} as const

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
