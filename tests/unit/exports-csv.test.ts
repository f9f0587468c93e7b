import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { neutraliseCsvCell } from '../../electron/core/exports/csv'
import { HOSTILE_TEXTS } from '../fixtures/rich-register'
import { exportFile, richWorkspace } from '../helpers/exports'

describe('CSV export', () => {
  it('is the controller record in UTF-8 with a byte order mark, one row per activity, read back by a CSV parser', async () => {
    const ws = await richWorkspace()
    const { file, job } = await exportFile(ws, 'csv', { language: 'sv' })
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('\r\n')
    const rows: string[][] = parse(bytes, { bom: true, relax_column_count: false })
    expect(rows[0][0]).toBe('Referens')
    expect(rows[0][6]).toBe('Ändamålen med behandlingen (artikel 30.1 b)')
    expect(rows.slice(1).map((r) => r[0])).toEqual(['PA-01', 'PA-02'])
    expect(rows[2][5]).toBe('Ελληνική Διανομή Α.Ε., Αθήνα, Grekland')
    expect(rows[1][8]).toContain('Henkilötunnus')
    expect(job.record?.sections).toEqual(['controllerRecord'])
  })

  it('puts an apostrophe before a cell a spreadsheet would run as a formula, and changes nothing else', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'csv', { language: 'en' })
    const rows: string[][] = parse(fs.readFileSync(file), { bom: true })
    const notes = rows[0].indexOf('Notes')
    expect(rows[1][notes]).toBe(`'${HOSTILE_TEXTS[2]}`) // -2+3
    expect(rows[2][notes]).toBe(`'${HOSTILE_TEXTS[3]}`) // @cmd
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    expect(neutraliseCsvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(neutraliseCsvCell('\tx')).toBe("'\tx")
    expect(neutraliseCsvCell('\rx')).toBe("'\rx")
    expect(neutraliseCsvCell('+1')).toBe("'+1")
    expect(neutraliseCsvCell('Paying salaries = contract')).toBe('Paying salaries = contract')
    expect(neutraliseCsvCell('Åsa Øberg')).toBe('Åsa Øberg')
  })
})
