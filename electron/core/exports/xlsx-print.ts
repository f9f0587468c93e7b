/**
 * How the workbook prints: one named font and size in every cell, row heights worked out from the wrapped text,
 * and a page setup chosen from a sheet's width.
 *
 * Row heights: neither LibreOffice nor Excel sizes a row to its wrapped text when it opens a file that gives no
 * height (LibreOffice prints the row one line high and the text runs over the next rows). So every row gets a
 * height here, from the lines its tallest cell wraps into: the text is measured with Arial's widths (Helvetica's
 * metrics, which Arial and LibreOffice's Liberation Sans share) and wrapped at spaces into the column's width, as a
 * spreadsheet does. The estimate errs on the tall side: a little white space rather than a clipped line.
 *
 * Pages: a sheet that fits the width of an A4 landscape page at 70 % or more is fitted to one page wide there,
 * else one that fits A3 landscape so (parties, transfers) is fitted to an A3 width. A wider sheet (the records,
 * 30-odd columns) prints on A3 landscape at full size across as many pages as it needs, the header row repeated
 * at the top of every page and the reference and name repeated at the left, pages numbered across then down, so
 * the pages of one group of activities follow each other.
 */
import type ExcelJS from 'exceljs'

/** The one font of the workbook: Arial, which LibreOffice replaces by the metric-compatible Liberation Sans. */
export const FONT = Object.freeze({ name: 'Arial', size: 10 })

interface StylesWithFonts {
  model: { fonts: unknown[] }
  _addFont(font: Partial<ExcelJS.Font>): number
}

/**
 * Make the workbook's font the default ("Normal") font too. Column widths are counted in digits of the default
 * font: exceljs' default, Calibri, is missing where LibreOffice runs on Linux, and its stand-in is wider, which
 * printed every column a third wider than in Excel. exceljs takes the first font registered as the default; it
 * has no option for it, so the font is registered before any cell style (checked by the xlsx tests).
 */
export function useFontAsDefault(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles: StylesWithFonts }).styles
  if (styles.model.fonts.length !== 0 || styles._addFont(FONT) !== 0)
    throw new Error('The workbook has a font before its default')
}

/**
 * A cell value as written: text with a line break as an inline string (`t="inlineStr"`), other text as a plain
 * string. LibreOffice drops the line breaks of a plain string cell (which the format marks as a formula's text),
 * printing "Paying salariesReporting to the tax authority"; it keeps them in an inline string.
 */
export function cellValue(text: string): ExcelJS.CellValue {
  return /[\r\n]/.test(text) ? { richText: [{ text }] } : text
}

/** Advance widths of printable ASCII (space to tilde) in thousandths of an em, regular and bold. */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 278, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]
/** Letters outside ASCII without an ASCII base (Greek, Cyrillic, ß, æ, ø): about as wide as the widest lower case. */
const OTHER = 650
/** East Asian and other wide characters: a full em. */
const WIDE = 1000

/** Screen pixels per point (96 dpi). */
const PX_PER_PT = 96 / 72
/** The widest character ("@", or a wide East Asian one), in pixels. */
const WIDEST_PX = (WIDE / 1000) * FONT.size * (96 / 72) * 1.02
/** A column width of 1 is one digit of the workbook's default font: 7 pixels, plus 5 pixels of margins per column. */
const PX_PER_WIDTH_UNIT = 7
const COLUMN_MARGIN_PX = 5
/** The height of one line of Arial 10 as Excel sizes a row, and what a row adds above and below its lines. */
const LINE_PT = 12.75
const ROW_PADDING_PT = 2.25
/** Excel's tallest row; a cell with more lines than fit is cut (the PDF and CSV print it whole). */
export const MAX_ROW_PT = 409

function charWidth(char: string, widths: readonly number[]): number {
  const code = char.codePointAt(0) ?? 32
  if (code >= 32 && code <= 126) return widths[code - 32]
  // A combining mark takes no width; an accented letter is as wide as its base letter.
  if (/\p{M}/u.test(char)) return 0
  const base = char.normalize('NFD').codePointAt(0) ?? code
  if (base >= 32 && base <= 126) return widths[base - 32]
  if (/[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u.test(char)) return WIDE
  return OTHER
}

/** The width of a character outside ASCII, by code point, regular then bold: worked out once per character. */
const otherWidths = [new Map<number, number>(), new Map<number, number>()]

function otherWidth(code: number, bold: boolean): number {
  const known = otherWidths[bold ? 1 : 0]
  let width = known.get(code)
  if (width === undefined) {
    width = charWidth(String.fromCodePoint(code), bold ? BOLD : REGULAR)
    known.set(code, width)
  }
  return width
}

/** Thousandths of an em to pixels at the workbook's font size. */
const toPx = (units: number) => (units / 1000) * FONT.size * PX_PER_PT

const LF = 10
const CR = 13
const SPACE = 32

/**
 * How many lines a text wraps into in a column `width` characters wide (at least one): paragraphs at line
 * breaks, words at spaces, each word measured once as it is read (a hot path: every cell of every row).
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width * PX_PER_WIDTH_UNIT - COLUMN_MARGIN_PX)
  // Most cells are short: one line whatever their letters, without measuring them.
  if (text.length * WIDEST_PX <= room && !/[\r\n]/.test(text)) return 1
  const widths = bold ? BOLD : REGULAR
  const space = toPx(widths[0])
  let lines = 1
  let used = 0
  let units = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : LF
    if (code === SPACE || code === LF || code === CR) {
      const w = toPx(units)
      units = 0
      if (used > 0 && used + space + w <= room) used += space + w
      else {
        if (used > 0) lines++
        // A word longer than the column is broken over as many lines as it fills.
        const extra = Math.max(0, Math.ceil(w / room) - 1)
        lines += extra
        used = w - extra * room
      }
      if (code !== SPACE && i < text.length) {
        // "\r\n" is one line break.
        if (code === CR && text.charCodeAt(i + 1) === LF) i++
        lines++
        used = 0
      }
    } else if (code >= 32 && code <= 126) units += widths[code - 32]
    else {
      const point = text.codePointAt(i)!
      if (point > 0xffff) i++
      units += otherWidth(point, bold)
    }
  }
  return lines
}

/** A row's height in points: its tallest cell's lines, capped at Excel's limit. */
export function rowHeight(
  cells: readonly string[],
  widths: readonly number[],
  bold = false,
  lines: (text: string, width: number, bold: boolean) => number = wrappedLines,
): number {
  let most = 1
  for (let i = 0; i < cells.length; i++) {
    if (cells[i] !== '') most = Math.max(most, lines(cells[i], widths[i] ?? 10, bold))
  }
  return Math.min(MAX_ROW_PT, Math.round((most * LINE_PT + ROW_PADDING_PT) * 100) / 100)
}

/** How many texts a workbook's measurer remembers before it starts afresh (a few megabytes at most). */
const REMEMBERED = 10_000

/**
 * `rowHeight` for one workbook, remembering the lines of the long texts it measured: cells repeat from row to
 * row (the rights of the same lawful bases, retention periods, security measures), so most are measured once.
 */
export function rowHeights(): (
  cells: readonly string[],
  widths: readonly number[],
  bold?: boolean,
) => number {
  const known = new Map<number, Map<string, number>>()
  let remembered = 0
  const lines = (text: string, width: number, bold: boolean) => {
    const key = width * 2 + (bold ? 1 : 0)
    let byText = known.get(key)
    if (!byText) known.set(key, (byText = new Map()))
    let count = byText.get(text)
    if (count === undefined) {
      count = wrappedLines(text, width, bold)
      if (++remembered > REMEMBERED) {
        known.clear()
        remembered = 0
      } else byText.set(text, count)
    }
    return count
  }
  return (cells, widths, bold = false) => rowHeight(cells, widths, bold, lines)
}

/** OOXML paper sizes (exceljs' type lists A4 but not A3, which the format numbers 8). */
const A4 = 9 as ExcelJS.PaperSize
const A3 = 8 as ExcelJS.PaperSize
/** Page margins in inches; the header and footer sit in the top and bottom ones. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }
/** The printable width of a landscape page in points. */
const printable = (longSideMm: number) => (longSideMm / 25.4 - MARGINS.left - MARGINS.right) * 72
const A4_LANDSCAPE_PT = printable(297)
const A3_LANDSCAPE_PT = printable(420)
/** The smallest scale a sheet is fitted to one page wide at: Arial 10 still prints at 7 pt. */
const LEAST_FIT_SCALE = 0.7

/** The printed width of columns in points. */
export function columnsWidthPt(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (w * PX_PER_WIDTH_UNIT) / PX_PER_PT, 0)
}

/**
 * The page setup of a table sheet: fitted to an A4, else an A3, landscape width when that keeps the text at 70 %
 * or more; otherwise A3 landscape at full size, several pages wide, with the first `titleColumns` columns and
 * the header row on every page.
 */
export function tablePageSetup(widths: readonly number[], titleColumns: number): Partial<ExcelJS.PageSetup> {
  const common = { orientation: 'landscape' as const, margins: MARGINS, printTitlesRow: '1:1' }
  const width = columnsWidthPt(widths) * LEAST_FIT_SCALE
  // fitToHeight 0: as many pages down as the rows need.
  const fitted = { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  if (width <= A4_LANDSCAPE_PT) return { ...common, ...fitted, paperSize: A4 }
  if (width <= A3_LANDSCAPE_PT) return { ...common, ...fitted, paperSize: A3 }
  const last = String.fromCharCode('A'.charCodeAt(0) + titleColumns - 1)
  return {
    ...common,
    paperSize: A3,
    fitToPage: false,
    scale: 100,
    pageOrder: 'overThenDown',
    ...(titleColumns > 0 ? { printTitlesColumn: `A:${last}` } : {}),
  }
}

/** The cover: portrait A4, one page wide. */
export function coverPageSetup(): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGINS,
  }
}
