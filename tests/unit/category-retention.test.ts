/**
 * A time limit for erasure kept on the category of personal data, as the default that activities take when
 * they record none of their own (issue 21): the checks, the completeness, the CSV and xlsx exports, the
 * register as of a date and the register document all see the effective value; an activity's own overrides.
 */
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { DATA_CATEGORY_FIELDS } from '../../shared/fields/items'
import { renderContext } from '../../shared/fields/render'
import { labelsFor } from '../../shared/i18n/labels'
import { buildNotice } from '../../shared/notice/build'
import { registerDocumentSchema, type RegisterDocumentInput } from '../../shared/schemas/register'
import { exportFile, richWorkspace } from '../helpers/exports'
import { withoutIds } from '../helpers/register'

const activity = (
  id: string,
  reference: string,
  dataCategories: { dataCategoryId: string; retention?: string | null; retentionMonths?: number | null }[],
) => ({
  id,
  reference,
  name: `Activity ${reference}`,
  role: 'controller' as const,
  status: 'active' as const,
  purposes: [{ description: 'Paying salaries', legalBasis: '6_1_b' as const }],
  dataSubjectCategoryIds: ['s1'],
  dataCategories,
  recipients: [{ partyId: null, category: 'Tax authority', purpose: null }],
  securityMeasureIds: ['m1'],
})

/** A version-1 document: the contact details have no default fields at all, as documents written before them. */
function register(): RegisterDocumentInput {
  return {
    format: 'ropa-register',
    version: 1,
    organisation: { name: 'Palkka Oy', country: 'FI', address: 'Helsinki', language: 'en' },
    dataSubjectCategories: [{ id: 's1', name: 'Employees' }],
    dataCategories: [
      {
        id: 'd1',
        name: 'Payslips',
        defaultRetention: '6 years after the end of the financial year',
        defaultRetentionMonths: 72,
      },
      { id: 'd2', name: 'Contact details' },
      { id: 'd3', name: 'Sick leave', special: 'health', defaultRetentionMonths: 24 },
    ],
    securityMeasures: [{ id: 'm1', kind: 'access_control', name: 'Role-based access' }],
    activities: [
      // Takes the defaults of the payslips and the sick leave, records its own for the contact details.
      activity('a1', 'PA-01', [
        { dataCategoryId: 'd1' },
        { dataCategoryId: 'd2', retention: '2 years after the employment ends' },
        { dataCategoryId: 'd3' },
      ]),
      // Overrides the payslips' default.
      activity('a2', 'PA-02', [{ dataCategoryId: 'd1', retention: '10 years', retentionMonths: 120 }]),
      // The contact details have no default: their time limit is missing.
      activity('a3', 'PA-03', [{ dataCategoryId: 'd2' }]),
    ],
  }
}

const text = (value: unknown): string =>
  value !== null && typeof value === 'object' && 'richText' in value
    ? (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')
    : String(value ?? '')

describe('retention kept on the data category', () => {
  it('stands in for an activity that records none: no missing-retention finding, the point counts as filled', async () => {
    const ws = await richWorkspace(register())
    const checks = await ws.client.call('checks.organisation', { organisationId: ws.organisationId })
    const missing = checks.findings.filter((f) => f.code === 'RETENTION_MISSING')
    expect(missing.map((f) => [f.activityReference, f.field])).toEqual([
      ['PA-03', 'dataCategories.0.retention'],
    ])
    expect(checks.completeness.find((p) => p.point === '30(1)(f)')).toMatchObject({
      applicable: 3,
      filled: 2,
    })
  })

  it('is shown in the CSV and the workbook as the category’s default, an activity’s own value as it is', async () => {
    const ws = await richWorkspace(register())
    const csv = await exportFile(ws, 'csv', { language: 'en' })
    const rows: string[][] = parse(fs.readFileSync(csv.file), { bom: true })
    const column = rows[0].findIndex((h) => h.startsWith('Time limit for erasure ('))
    expect(column).toBeGreaterThan(0)
    const cell = (reference: string) => rows.find((r) => r[1] === reference)![column]
    expect(cell('PA-01').split('\n')).toEqual([
      'Payslips: 6 years after the end of the financial year (the category’s default)',
      'Contact details: 2 years after the employment ends',
      'Sick leave: 24 months (the category’s default)',
    ])
    expect(cell('PA-02')).toBe('Payslips: 10 years')
    expect(cell('PA-03')).toBe('Contact details: Not recorded')

    const xlsx = await exportFile(ws, 'xlsx', { language: 'de' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsx.file)
    // The controller record's sheet: the one whose heading row has the column.
    const headings = (n: number) => Array.from(workbook.worksheets[n].getRow(1).values as unknown[], text)
    const index = workbook.worksheets.findIndex((_, n) =>
      headings(n).some((h) => h.startsWith('Löschfrist (')),
    )
    expect(index, workbook.worksheets.map((w) => w.name).join(', ')).toBeGreaterThanOrEqual(0)
    const sheet = workbook.worksheets[index]
    const at = headings(index).findIndex((h) => h.startsWith('Löschfrist ('))
    const first = sheet.getRow(2).getCell(at)
    expect(text(first.value)).toContain(
      'Payslips: 6 years after the end of the financial year (Standardwert der Kategorie)',
    )
    expect(text(first.value)).toContain('Sick leave: 24 Monate (Standardwert der Kategorie)')
  })

  it('goes out and comes back in the register document, and the register as of today shows it as the default', async () => {
    const ws = await richWorkspace(register())
    const exported = await ws.client.call('register.export', { organisationId: ws.organisationId })
    const payslips = exported.dataCategories.find((d) => d.name === 'Payslips')!
    expect(payslips).toMatchObject({
      defaultRetention: '6 years after the end of the financial year',
      defaultRetentionMonths: 72,
    })
    expect(exported.dataCategories.find((d) => d.name === 'Contact details')).toMatchObject({
      defaultRetention: null,
      defaultRetentionMonths: null,
    })
    // The activity's own entry stays empty: the default is not copied into it.
    const pa01 = exported.activities.find((a) => a.reference === 'PA-01')!
    expect(pa01.dataCategories[0]).toEqual({
      dataCategoryId: payslips.id,
      retention: null,
      retentionMonths: null,
    })
    const again = await ws.client.call('register.import', { document: exported, name: 'Palkka Oy (copy)' })
    const back = await ws.client.call('register.export', { organisationId: again.organisationId })
    expect(withoutIds(back).dataCategories).toEqual(withoutIds(exported).dataCategories)
    expect(withoutIds(back).activities).toEqual(withoutIds(exported).activities)

    const asOf = await ws.client.call('history.asOf', { organisationId: ws.organisationId, at: '2099-12-31' })
    const ctx = renderContext({ labels: labelsFor('en'), language: 'en', doc: asOf })
    const [, words, months] = DATA_CATEGORY_FIELDS
    const entries = asOf.activities.find((a) => a.reference === 'PA-01')!.dataCategories
    expect(entries.map((d) => words.text(d, ctx))).toEqual([
      ['6 years after the end of the financial year (the category’s default)'],
      ['2 years after the employment ends'],
      [],
    ])
    expect(entries.map((d) => months.text(d, ctx))).toEqual([
      ['72 (the category’s default)'],
      [],
      ['24 (the category’s default)'],
    ])
    // Without the register (the history's sentences) only what the activity records.
    const bare = renderContext({ labels: labelsFor('en'), language: 'en' })
    expect(words.text(entries[0], bare)).toEqual([])
  })

  it('tells the storage period in the privacy notice, with no gap where the category has a default', () => {
    const doc = registerDocumentSchema.parse(register())
    const notice = buildNotice(doc, {
      lang: 'en',
      audienceId: null,
      recipients: 'categories',
      date: '2026-06-01',
    })
    const pa01 = notice.audiences[0].activities.find((a) => a.name === 'Activity PA-01')!
    expect(pa01.dataCategories.map((d) => [d.name, d.retention, d.retentionMonths, d.gap === null])).toEqual([
      ['Payslips', '6 years after the end of the financial year', null, true],
      ['Contact details', '2 years after the employment ends', null, true],
      ['Sick leave', null, 24, true],
    ])
    const pa03 = notice.audiences[0].activities.find((a) => a.name === 'Activity PA-03')!
    expect(pa03.dataCategories[0].gap).not.toBeNull()
  })
})
