import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvField, neutraliseCsvCell } from '../../electron/core/exports/csv'
import { HOSTILE_TEXTS } from '../fixtures/rich-register'
import { exportFile, richWorkspace } from '../helpers/exports'

const read = (file: string, delimiter: string): string[][] =>
  parse(fs.readFileSync(file), { bom: true, delimiter, relax_column_count: false })

describe('CSV export', () => {
  it('holds both records, one row per activity named by its record, in UTF-8 with a byte order mark and ";" in Swedish', async () => {
    const ws = await richWorkspace()
    const { file, job } = await exportFile(ws, 'csv', { language: 'sv' })
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('\r\n')
    const rows = read(file, ';')
    expect(rows[0].slice(0, 2)).toEqual(['Förteckning', 'Referens'])
    // A heading cites the points of both records it answers.
    expect(rows[0]).toContain('Ändamålen med behandlingen (artikel 30.1 b, artikel 30.2 b)')
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Personuppgiftsansvarig (artikel 30.1)', 'PA-01'],
      ['Personuppgiftsansvarig (artikel 30.1)', 'PA-02'],
      ['Personuppgiftsbiträde (artikel 30.2)', 'PA-10'],
    ])
    const column = (heading: string) => rows[0].indexOf(heading)
    expect(rows[2][column('Gemensamt personuppgiftsansvariga (artikel 30.1 a)')]).toBe(
      'Ελληνική Διανομή Α.Ε., Αθήνα, Grekland',
    )
    const controllers = rows[0].findIndex((h) => h.includes('artikel 30.2 a'))
    expect(rows[3][controllers]).toContain('Retail Client AB')
    // A column the processor record does not have stays empty on its row.
    expect(rows[3][column('Rättslig grund (artikel 6.1)')]).toBe('')
    expect(rows[1][column('Nationella identifikationsnummer (artikel 87)')]).toContain('Henkilötunnus')
    expect(job.record?.sections).toEqual(['controllerRecord', 'processorRecord'])
    expect(job.record?.counts).toMatchObject({ controllerActivities: 2, processorActivities: 1 })
  })

  it('uses "," in English and the separator the user chose', async () => {
    const ws = await richWorkspace()
    const english = await exportFile(ws, 'csv', { language: 'en' })
    expect(read(english.file, ',')[0][0]).toBe('Record')
    const tab = await exportFile(ws, 'csv', { language: 'de', delimiter: '\t' })
    const rows = read(tab.file, '\t')
    expect(rows[0].slice(0, 2)).toEqual(['Verzeichnis', 'Kennung'])
    expect(rows).toHaveLength(4)
  })

  it('puts an apostrophe before a cell, or a line in it, that a spreadsheet would run as a formula, and changes nothing else', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'csv', { language: 'en' })
    const rows = read(file, ',')
    const notes = rows[0].indexOf('Notes')
    expect(rows[1][notes]).toBe(`'${HOSTILE_TEXTS[2]}`) // -2+3
    expect(rows[2][notes]).toBe(`'${HOSTILE_TEXTS[3]}`) // @cmd
    for (const row of rows)
      for (const cell of row)
        for (const line of cell.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t]/)
    expect(neutraliseCsvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(neutraliseCsvCell('\tx')).toBe("'\tx")
    expect(neutraliseCsvCell('\rx')).toBe("'\rx")
    expect(neutraliseCsvCell('+1')).toBe("'+1")
    expect(neutraliseCsvCell('Fine\n=1+1\r\n-2\r@x')).toBe("Fine\n'=1+1\r\n'-2\r'@x")
    expect(neutraliseCsvCell('Paying salaries = contract\nline two')).toBe(
      'Paying salaries = contract\nline two',
    )
    expect(neutraliseCsvCell('Åsa Øberg')).toBe('Åsa Øberg')
  })

  it('quotes every field holding the separator, a quote, a carriage return or a line feed, and no other', () => {
    expect(csvField('two\nlines', ';')).toBe('"two\nlines"')
    expect(csvField('cr\ronly', ';')).toBe('"cr\ronly"')
    expect(csvField('say "hi"', ';')).toBe('"say ""hi"""')
    expect(csvField('a;b', ';')).toBe('"a;b"')
    expect(csvField('a,b', ';')).toBe('a,b')
    expect(csvField('a,b', ',')).toBe('"a,b"')
    expect(csvField('a\tb', '\t')).toBe('"a\tb"')
    expect(csvField('plain', ',')).toBe('plain')
  })
})
