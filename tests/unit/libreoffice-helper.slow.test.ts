/**
 * The test helper that has LibreOffice read our files: conversions on private profiles can run at the same
 * time, a conversion that takes too long is killed and reported, and a file LibreOffice cannot read is an error.
 */
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../helpers/libreoffice'
import { pdftotextPages } from '../helpers/poppler'
import { tempDir } from '../helpers/workspace'

describe('LibreOffice test helper', { timeout: 180_000 }, () => {
  it('converts a CSV to xlsx and to PDF at the same time, each on its own profile', async () => {
    const dir = tempDir()
    const csv = path.join(dir, 'table.csv')
    fs.writeFileSync(csv, '\uFEFFName;Note\r\nÅsa;"two\nlines"\r\n')
    const [xlsx, pdf] = await Promise.all([
      convertWithLibreOffice(csv, 'xlsx', { inFilter: 'CSV:59,34,76,1', outDir: path.join(dir, 'x') }),
      convertWithLibreOffice(csv, 'pdf', { inFilter: 'CSV:59,34,76,1', outDir: path.join(dir, 'p') }),
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsx)
    const sheet = workbook.worksheets[0]
    expect(sheet.getCell('A2').value).toBe('Åsa')
    expect(sheet.getCell('B2').value).toBe('two\nlines')
    expect(pdftotextPages(pdf).join('')).toContain('Åsa')
  })

  it('kills a conversion that takes longer than its timeout and says so', async () => {
    const dir = tempDir()
    const csv = path.join(dir, 'table.csv')
    fs.writeFileSync(csv, 'a,b\r\n')
    await expect(convertWithLibreOffice(csv, 'xlsx', { outDir: dir, timeoutMs: 50 })).rejects.toThrow(
      /within 0.05 s \(killed\)/,
    )
  })

  it('reports a file it could not convert', async () => {
    const dir = tempDir()
    await expect(
      convertWithLibreOffice(path.join(dir, 'missing.csv'), 'xlsx', { outDir: dir }),
    ).rejects.toThrow(/could not convert/)
  })
})
