/**
 * The app's own workbook comes back unchanged: for each of the six languages, export xlsx of the rich
 * register → import → export JSON equals the original register document apart from ids.
 */
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../shared/schemas/codes'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { richRegister } from '../fixtures/rich-register'
import { exportFile, richWorkspace } from '../helpers/exports'
import { withoutIds } from '../helpers/register'
import { openTestWorkspace, tempDir } from '../helpers/workspace'
import path from 'node:path'

const base64 = (file: string) => fs.readFileSync(file).toString('base64')

describe('the app’s own workbook', { timeout: 60_000 }, () => {
  it.each(LANGUAGES)(
    'export xlsx in %s → import → export JSON equals the original apart from ids',
    async (lang) => {
      const source = await richWorkspace()
      const { file } = await exportFile(source, 'xlsx', { language: lang })

      const target = await openTestWorkspace()
      const analysis = await target.client.call('imports.analyse', {
        fileName: `register-${lang}.xlsx`,
        content: base64(file),
      })
      expect(analysis).toMatchObject({
        layout: 'ropa',
        language: lang,
        organisationName: 'Nordic Bakery Oy',
        counts: { activities: 3, parties: 6 },
      })
      expect(analysis.problems).toEqual([])
      expect(analysis.preview.map((p) => p.reference).sort()).toEqual(['PA-01', 'PA-02', 'PA-10'])

      const result = await target.client.call('imports.confirm', {
        fileName: `register-${lang}.xlsx`,
        content: base64(file),
      })
      expect(result).toMatchObject({
        name: 'Nordic Bakery Oy',
        replaced: false,
        counts: {
          activities: 3,
          parties: 6,
          dataSubjectCategories: 3,
          dataCategories: 6,
          securityMeasures: 4,
        },
      })
      const back = await target.client.call('register.export', { organisationId: result.organisationId })
      expect(withoutIds(back)).toEqual(withoutIds(registerDocumentSchema.parse(richRegister())))
    },
  )

  it('reports cells changed in Excel after the export, by sheet, row and column, and imports the register as exported', async () => {
    const source = await richWorkspace()
    const { file } = await exportFile(source, 'xlsx', { language: 'en' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    workbook.getWorksheet('Controller record')!.getCell('B2').value = 'Renamed in Excel'
    const edited = path.join(tempDir(), 'edited.xlsx')
    await workbook.xlsx.writeFile(edited)

    const target = await openTestWorkspace()
    const analysis = await target.client.call('imports.analyse', {
      fileName: 'edited.xlsx',
      content: base64(edited),
    })
    expect(analysis.layout).toBe('ropa')
    expect(analysis.problems).toEqual([
      expect.objectContaining({
        sheet: 'Controller record',
        row: 2,
        column: 'B',
        heading: 'Processing activity',
        severity: 'warning',
        message: expect.stringContaining('changed after ROPA exported'),
      }),
    ])

    // Choosing the visible sheet instead keeps the edit (read like any spreadsheet, with the app's headings).
    const visible = await target.client.call('imports.analyse', {
      fileName: 'edited.xlsx',
      content: base64(edited),
      sheets: ['Controller record', 'Processor record'],
    })
    expect(visible.layout).not.toBe('ropa')
    expect(visible.preview.map((p) => p.name)).toContain('Renamed in Excel')
    // The app's transfer lines are read back, an international organisation included.
    expect(visible.preview.find((p) => p.reference === 'PA-10')?.role).toBe('processor')
    expect(visible.preview.find((p) => p.reference === 'PA-10')?.transfers).toContainEqual({
      country: null,
      internationalOrganisation: 'European Patent Organisation',
      mechanism: 'ADEQ',
    })
  })

  it('a partial export has no hidden register and is read like any other spreadsheet', async () => {
    const source = await richWorkspace()
    const { file } = await exportFile(source, 'xlsx', { language: 'de', sections: ['controllerRecord'] })
    const target = await openTestWorkspace()
    const analysis = await target.client.call('imports.analyse', {
      fileName: 'partial.xlsx',
      content: base64(file),
      organisationName: 'Nordic Bakery Oy',
    })
    expect(analysis.layout).not.toBe('ropa')
    expect(analysis.sheets.find((s) => s.selected)?.name).toBe('Verantwortlicher')
    const byField = Object.fromEntries(analysis.columns.map((c) => [c.field, c.heading]))
    expect(byField.purposes).toMatch(/^Zwecke der Verarbeitung/)
    expect(byField.dataSubjectCategories).toMatch(/^Kategorien betroffener Personen/)
    expect(analysis.counts.activities).toBe(2)
  })
})
