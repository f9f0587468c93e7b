/**
 * The exports read back by the reader an authority uses, not by our own libraries: LibreOffice opens each CSV
 * (converted to xlsx) and prints each workbook (converted to PDF), poppler reads the printed pages. Slow: every
 * conversion starts LibreOffice.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { neutraliseCsvCell } from '../../electron/core/exports/csv'
import { labelsFor } from '../../shared/i18n/labels'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import { hostileRegister, MULTILINE_HOSTILE } from '../fixtures/rich-register'
import { exportFile, richWorkspace } from '../helpers/exports'
import { convertAllWithLibreOffice } from '../helpers/libreoffice'
import { pdfPageSizes, pdftotextPages, pdfWords, type PdfWord } from '../helpers/poppler'
import { tempDir } from '../helpers/workspace'

/** The activities of the hostile register: two in the controller record, one in the processor record. */
const ACTIVITIES = 3
/** What LibreOffice's CSV filter is told: separator (44 ",", 59 ";"), text delimiter '"', UTF-8, from line 1. */
const csvFilter = (lang: Language) => `CSV:${lang === 'en' ? 44 : 59},34,76,1`
const lines = (text: string) => text.split(/\r\n|\r|\n/)
const flat = (text: string) => text.replace(/\s+/g, ' ')

/** Export the hostile register in every language, each file named after its language. */
async function exportAll(format: 'csv' | 'xlsx'): Promise<Map<Language, string>> {
  const ws = await richWorkspace(hostileRegister())
  const dir = tempDir()
  const files = new Map<Language, string>()
  for (const lang of LANGUAGES)
    files.set(
      lang,
      (await exportFile(ws, format, { language: lang, file: path.join(dir, `${lang}.${format}`) })).file,
    )
  return files
}

/**
 * Whether two words are printed over each other. A word's box runs from its font's ascent to its descent, more
 * than the line spacing, so the boxes of two lines of one cell touch a little: words overlap when their boxes
 * share more than half a line's height (and a point of width).
 */
function overlaps(a: PdfWord, b: PdfWord): boolean {
  const wide = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
  const high = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
  return wide > 1 && high > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)
}

describe('exports read back by LibreOffice', { timeout: 900_000 }, () => {
  it('opens every language’s CSV as the register: one row per activity of both records, every column, no formula, multi-line text in one cell', async () => {
    const files = await exportAll('csv')
    const outDir = tempDir()
    const english = await convertAllWithLibreOffice([files.get('en')!], 'xlsx', {
      inFilter: csvFilter('en'),
      outDir,
    })
    const others = LANGUAGES.filter((l) => l !== 'en')
    const converted = await convertAllWithLibreOffice(
      others.map((l) => files.get(l)!),
      'xlsx',
      { inFilter: csvFilter('de'), outDir },
    )
    const byLanguage = new Map<Language, string>([
      ['en', english[0]],
      ...others.map((l, i) => [l, converted[i]] as [Language, string]),
    ])

    for (const [lang, file] of byLanguage) {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(file)
      const sheet = workbook.worksheets[0]
      const labels = labelsFor(lang)
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
      expect(header[0], lang).toBe(labels.fields.activity.record)
      expect(header[1], lang).toBe(labels.fields.activity.reference)
      // Exactly the register's rows and columns: no row split at a line break, no cell split at a separator.
      expect(sheet.actualRowCount, lang).toBe(1 + ACTIVITIES)
      sheet.eachRow((row) =>
        expect(row.cellCount, `${lang} row ${row.number}`).toBeLessThanOrEqual(header.length),
      )
      expect(sheet.getColumn(2).values.slice(2)).toEqual(['PA-01', 'PA-02', 'PA-10'])
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${lang} ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)
          expect(cell.formula, `${lang} ${cell.address}`).toBeUndefined()
        }),
      )
      const description = header.indexOf(labels.fields.activity.description)
      expect(lines(String(sheet.getRow(2).getCell(description + 1).value))).toEqual(
        lines(neutraliseCsvCell(MULTILINE_HOSTILE)),
      )
    }
    // And in the file itself: LibreOffice wrote no formula element anywhere.
    for (const file of byLanguage.values()) expect(sheetXml(file)).not.toMatch(/<f[ >]/)
  })

  it('prints every language’s workbook readably: A3 pages across with titles repeated, text of 6 pt or more, no row over another, no line cut', async () => {
    const files = await exportAll('xlsx')
    const pdfs = await convertAllWithLibreOffice([...files.values()], 'pdf', { outDir: tempDir() })
    const images = process.env.ROPA_PRINT_IMAGES
    for (const [i, lang] of [...files.keys()].entries()) {
      const pdf = pdfs[i]
      if (images) fs.copyFileSync(pdf, path.join(images, `${lang}-workbook-printed.pdf`))
      const labels = labelsFor(lang)
      const pages = pdftotextPages(pdf)
      const words = pdfWords(pdf)
      for (const word of words)
        expect(word.yMax - word.yMin, `${lang} page ${word.page} "${word.text}"`).toBeGreaterThanOrEqual(6)
      expect(overlapping(words), lang).toEqual([])
      // The controller record runs over several A3 landscape pages; each repeats the header and the first columns.
      const controllerPages = pages
        .map((text, n) => ({ text: flat(text), n }))
        .filter(
          (p) =>
            p.text.includes(labels.fields.activity.jointControllers) ||
            p.text.includes(labels.fields.activity.legalBasis),
        )
      expect(controllerPages.length, lang).toBeGreaterThan(0)
      const recordPages = pages
        .map((text, n) => ({ text: flat(text), n }))
        .filter((p) => p.text.includes('PA-01') && p.text.includes(labels.fields.activity.reference))
      expect(recordPages.length, lang).toBeGreaterThanOrEqual(4)
      for (const { text, n } of recordPages.slice(0, 3)) {
        expect(text, `${lang} page ${n + 1}`).toContain('Payroll')
        expect(text, `${lang} page ${n + 1}`).toContain('PA-02')
      }
      const sizes = pdfPageSizes(pdf)
      expect(sizes[recordPages[0].n], lang).toEqual([1191, 842])
      // Every line of the multi-line text is printed, in every cell that holds it.
      const all = flat(pages.join('\n'))
      for (const line of lines(MULTILINE_HOSTILE))
        expect(count(all, line.trim()), `${lang}: ${line}`).toBeGreaterThanOrEqual(4)
    }
  })
})

/** The pairs of words printed over each other, page by page, comparing only words whose lines meet. */
function overlapping(words: PdfWord[]): string[] {
  const found: string[] = []
  const sorted = [...words].sort((a, b) => a.page - b.page || a.yMin - b.yMin)
  for (let a = 0; a < sorted.length; a++) {
    for (
      let b = a + 1;
      b < sorted.length && sorted[b].page === sorted[a].page && sorted[b].yMin < sorted[a].yMax;
      b++
    ) {
      if (overlaps(sorted[a], sorted[b]))
        found.push(`page ${sorted[a].page}: "${sorted[a].text}" and "${sorted[b].text}"`)
    }
  }
  return found
}

const count = (text: string, part: string) => text.split(part).length - 1

/** The first worksheet's XML of an xlsx file. */
function sheetXml(file: string): string {
  return execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
}
