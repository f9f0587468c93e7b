/**
 * Every word of a Finnish, Swedish, Danish, German or French export in that language: the PDF's text as
 * pdf.js reads it, the workbook's visible cells (and the hidden sheet's note, which a reader may unhide) and
 * the CSV, scanned for the English labels, finding texts and reference values. What the user typed is the
 * user's and stays as typed. Slow: a PDF in five languages.
 */
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { countryName } from '../../shared/reference/countries'
import type { Language } from '../../shared/schemas/codes'
import { richRegister } from '../fixtures/rich-register'
import { englishNeedles, findEnglish, typedTexts } from '../helpers/english-leaks'
import { exportFile, richWorkspace } from '../helpers/exports'
import { pdfPages } from '../helpers/pdf-text'
import { tempDir } from '../helpers/workspace'

const OTHERS = ['fi', 'sv', 'da', 'de', 'fr'] as const satisfies readonly Exclude<Language, 'en'>[]

/** The text a reader of the workbook sees: every visible sheet's cells, and the hidden sheet's note. */
async function workbookText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const texts: string[] = []
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') {
      texts.push(sheet.getCell('A2').text)
      continue
    }
    texts.push(sheet.name)
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)))
  }
  return texts.join('\n')
}

describe('exports in another language print no English', { timeout: 600_000 }, () => {
  it('finds no English label, finding text or reference value in the PDF, workbook or CSV of fi, sv, da, de, fr', async () => {
    const document = richRegister()
    const typed = typedTexts(document)
    const countries = [...new Set(JSON.stringify(document).match(/"country":"[A-Z]{2}"/g) ?? [])].map((m) =>
      m.slice(-3, -1),
    )
    const ws = await richWorkspace(document)
    const dir = tempDir()
    const leaks: string[] = []
    for (const language of OTHERS) {
      const needles = englishNeedles(language, countries)
      const read = {
        // pdf.js (Firefox's reader) gives the text in the order it is drawn, a fiche's value after its label;
        // pdftotext interleaves the lines of label and value, which would cut what the user typed apart.
        pdf: async (file: string) => (await pdfPages(file)).join('\n'),
        xlsx: workbookText,
        csv: async (file: string) => fs.readFileSync(file, 'utf8'),
      }
      for (const format of ['pdf', 'xlsx', 'csv'] as const) {
        const { file } = await exportFile(ws, format, {
          language,
          file: path.join(dir, `${language}.${format}`),
        })
        for (const found of findEnglish(await read[format](file), needles, typed))
          leaks.push(`${language} ${format}: "${found.text}" (${found.source})`)
      }
    }
    expect([...new Set(leaks)]).toEqual([])
  })

  it('would find English where it is left: an English label in a German text is reported, a typed one is not', () => {
    const needles = englishNeedles('de', ['US'])
    const found = (text: string, typed: string[] = []) => findEnglish(text, needles, typed).map((n) => n.text)
    expect(found('Mechanismus: Transfer impact assessment')).toContain('Transfer impact assessment')
    expect(found(`Übermittlung in die ${countryName('US', 'en')}`)).toContain(countryName('US', 'en'))
    expect(found('Kategorie: Trade union membership', ['Trade union membership'])).toEqual([])
    expect(found('Verarbei-\ntungstätigkeit, Name, Status')).toEqual([])
  })
})
