/**
 * Reading a CSV file as one sheet: the encoding found from its byte-order mark or by trying UTF-8 (Excel's
 * "CSV UTF-8") before Windows-1252 (Excel's plain "CSV" in Western Europe), never a mixture of both, and the
 * delimiter from the header lines (",", ";" as European Excel writes, tab or "|"). Formula-like text stays text.
 */
import { parse } from 'csv-parse/sync'
import { ImportFailure, type ImportProblem, type SourceFile } from '../../../shared/imports/types'
import { IMPORT_LIMITS } from './limits'

const WINDOWS_1252_NOTICE =
  'This file is not in UTF-8, so it was read as Windows-1252 (what Excel saves as “CSV” in Western Europe). Check in the preview that letters such as ä, ö and é look right; if they do not, save the file from Excel as “CSV UTF-8” and import it again.'

/** “line 7”, “lines 7 and 12”, “lines 7, 12, 30, and more”. */
function linesNamed(lines: number[]): string {
  const shown = lines.slice(0, 3)
  if (shown.length === 1) return `line ${shown[0]}`
  const more = lines.length > shown.length ? ', and more' : ''
  return more
    ? `lines ${shown.join(', ')}${more}`
    : `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
}

/**
 * The text of the file. A byte-order mark decides; else valid UTF-8 is UTF-8, and a file with no UTF-8 letter
 * in it at all is Windows-1252, said so in the preview. A file that is UTF-8 in places and something else in
 * others (lines pasted from another file) cannot be read either way without garbling letters: it is refused,
 * naming the lines that are not UTF-8.
 */
function decode(bytes: Buffer, fileName: string): { text: string; notice: string | null } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), notice: null }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notice: null }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notice: null }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notice: null }
  } catch {
    // Not UTF-8 throughout: Windows-1252 throughout, or a mixture.
  }
  // Read leniently, invalid sequences become U+FFFD; any other letter beyond ASCII is UTF-8 the file really holds.
  const lenient = new TextDecoder('utf-8').decode(bytes)
  if (!/[\u0080-\uFFFC\uFFFE\uFFFF\u{10000}-\u{10FFFF}]/u.test(lenient))
    return { text: new TextDecoder('windows-1252').decode(bytes), notice: WINDOWS_1252_NOTICE }
  const bad: number[] = []
  lenient.split('\n').forEach((line, i) => {
    if (line.includes('\uFFFD')) bad.push(i + 1)
  })
  throw new ImportFailure(
    `“${fileName}” is in UTF-8 except for ${linesNamed(bad)}, which ${bad.length === 1 ? 'is' : 'are'} in another encoding (such as Windows-1252), so letters such as ä or é would come out wrong. Open the file in Excel or a text editor, save it as “CSV UTF-8”, and import it again.`,
  )
}

/** The delimiter that splits the first lines most consistently into more than one field. */
function delimiterOf(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20)
  let best = ','
  let bestScore = 0
  for (const d of [',', ';', '\t', '|']) {
    const counts = lines.map((l) => l.split(d).length - 1)
    const max = Math.max(0, ...counts)
    // Most lines should have about as many delimiters as the widest one.
    const score = counts.filter((c) => c > 0 && c >= max * 0.5).length * Math.min(max, 50)
    if (score > bestScore) {
      best = d
      bestScore = score
    }
  }
  return best
}

export function readCsv(bytes: Buffer, fileName: string): SourceFile {
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new ImportFailure(
      `“${fileName}” is not a text file, so it cannot be read as CSV. Save the register from Excel as “CSV UTF-8” and import that.`,
    )
  }
  const { text, notice } = decode(bytes, fileName)
  let records: string[][]
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      max_record_size: IMPORT_LIMITS.cellChars,
      to_line: IMPORT_LIMITS.rows + 1000,
    }) as string[][]
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number }
    const at = lines ? ` (line ${lines})` : ''
    if (code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportFailure(
        `“${fileName}” has a row longer than ${IMPORT_LIMITS.cellChars.toLocaleString('en')} characters${at}, more than a register row holds. Check that the file is a register and that its quotes are closed.`,
      )
    }
    if (code === 'CSV_QUOTE_NOT_CLOSED')
      throw new ImportFailure(
        `“${fileName}” has a quote (") that is never closed${at}, so its rows cannot be told apart.`,
      )
    throw new ImportFailure(
      `“${fileName}” could not be read as CSV${at}: ${(error as Error).message.replace(/^CSV_[A-Z_]+:?\s*/, '').slice(0, 200)}.`,
    )
  }
  const filled = records.filter((r) => r.some((c) => c.trim() !== ''))
  if (filled.length > IMPORT_LIMITS.rows) {
    throw new ImportFailure(
      `“${fileName}” has more than ${IMPORT_LIMITS.rows.toLocaleString('en')} rows; ROPA imports up to ${IMPORT_LIMITS.rows.toLocaleString('en')}. Split the register into several files.`,
    )
  }
  if (records.some((r) => r.length > IMPORT_LIMITS.columns)) {
    throw new ImportFailure(
      `“${fileName}” has rows of more than ${IMPORT_LIMITS.columns} fields; ROPA imports up to ${IMPORT_LIMITS.columns} columns.`,
    )
  }
  const rows = records.map((r) => r.map((c) => (c.trim() === '' ? null : c)))
  const name = fileName.replace(/\.[^.]+$/, '') || 'CSV'
  const problems: ImportProblem[] = notice
    ? [{ sheet: null, row: null, column: null, heading: null, severity: 'warning', message: notice }]
    : []
  return { kind: 'csv', sheets: [{ name, rows, hidden: false }], problems }
}
