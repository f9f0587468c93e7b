/**
 * Each activity's created and last-changed dates from the history (the CNIL fiche), as a reader of each export
 * finds them: the CSV's and the workbook's columns, the PDF fiche's rows; as of a date, the dates as of then.
 */
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { formatDayLong } from '../../shared/i18n/dates'
import type { Language } from '../../shared/schemas/codes'
import { exportFile, richWorkspace, type RichWorkspace } from '../helpers/exports'
import { pdfPages } from '../helpers/pdf-text'

const IMPORTED = '2026-01-12T10:00:00Z'
const EDITED = '2026-02-20T11:00:00Z'
const EXPORTED = '2026-03-02T09:30:00Z'

/** The rich register imported on 12 January, PA-02 edited on 20 February, exported on 2 March. */
async function editedWorkspace() {
  let now = new Date(IMPORTED)
  const ws = await richWorkspace(undefined, { clock: () => now })
  const list = await ws.client.call('activities.list', { organisationId: ws.organisationId })
  const idOf = (reference: string) => list.find((a) => a.reference === reference)!.id
  now = new Date(EDITED)
  const {
    id,
    organisationId: _o,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = await ws.client.call('activities.get', { id: idOf('PA-02') })
  await ws.client.call('activities.update', { id, activity: { ...fields, notes: 'Checked with marketing' } })
  now = new Date(EXPORTED)
  return { ws, idOf }
}

/** The day of a moment as the export writes it, in local time as the history is read. */
const day = (at: string, lang: Language) => {
  const d = new Date(at)
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  return formatDayLong(iso, lang)
}

/** What the history says of an activity: the day of its first and of its last change record. */
async function historyDays(ws: RichWorkspace, id: string, lang: Language) {
  const changes = await ws.client.call('history.entity', { entityId: id })
  const times = changes.map((c) => c.at).sort()
  return { created: day(times[0], lang), changed: day(times.at(-1)!, lang) }
}

const readCsv = (file: string): string[][] => parse(fs.readFileSync(file), { bom: true, delimiter: ',' })

describe('created and last-changed dates from the history', () => {
  it('are two CSV columns that say what the history says, and as of a date what it said then', async () => {
    const { ws, idOf } = await editedWorkspace()
    const { file } = await exportFile(ws, 'csv', { language: 'en' })
    const rows = readCsv(file)
    const created = rows[0].indexOf('Record created on')
    const changed = rows[0].indexOf('Last changed on')
    expect(created).toBeGreaterThan(0)
    const byReference = new Map(rows.slice(1).map((r) => [r[1], r]))
    for (const reference of ['PA-01', 'PA-02', 'PA-10']) {
      const expected = await historyDays(ws, idOf(reference), 'en')
      expect(byReference.get(reference)![created], reference).toBe(expected.created)
      expect(byReference.get(reference)![changed], reference).toBe(expected.changed)
    }
    expect(byReference.get('PA-02')![created]).toBe('12 January 2026')
    expect(byReference.get('PA-02')![changed]).toBe('20 February 2026')
    expect(byReference.get('PA-10')![changed]).toBe('12 January 2026')

    // The register as of 1 February: PA-02 had not been edited yet.
    const asOf = await exportFile(ws, 'csv', { language: 'en', asOf: '2026-02-01' })
    const then = new Map(
      readCsv(asOf.file)
        .slice(1)
        .map((r) => [r[1], r]),
    )
    expect(then.get('PA-02')![created]).toBe('12 January 2026')
    expect(then.get('PA-02')![changed]).toBe('12 January 2026')
  })

  it('are columns of both records in the workbook, in the export language', async () => {
    const { ws, idOf } = await editedWorkspace()
    const { file } = await exportFile(ws, 'xlsx', { language: 'de' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const values = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    for (const [title, reference] of [
      ['Verantwortlicher', 'PA-02'],
      ['Auftragsverarbeiter', 'PA-10'],
    ]) {
      const sheet = workbook.worksheets.find((s) => s.name.startsWith(title))!
      const headers = values(sheet, 1)
      const row = sheet.getColumn(1).values.findIndex((v) => v === reference)
      const expected = await historyDays(ws, idOf(reference), 'de')
      expect(values(sheet, row)[headers.indexOf('Angelegt am')], title).toBe(expected.created)
      expect(values(sheet, row)[headers.indexOf('Zuletzt geändert am')], title).toBe(expected.changed)
    }
  })

  it('are rows of each activity’s fiche in the PDF', { timeout: 60_000 }, async () => {
    const { ws, idOf } = await editedWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: 'fr' })
    const pages = await pdfPages(file)
    const fiche = pages.find((p) => p.includes('PA-02') && p.includes('Fiche créée le'))!
    expect(fiche).toBeDefined()
    const expected = await historyDays(ws, idOf('PA-02'), 'fr')
    expect(expected).toEqual({ created: '12 janvier 2026', changed: '20 février 2026' })
    const flat = fiche.replace(/\s+/g, ' ')
    expect(flat).toContain(`Fiche créée le ${expected.created}`)
    expect(flat).toContain(`Dernière mise à jour le ${expected.changed}`)
  })
})
