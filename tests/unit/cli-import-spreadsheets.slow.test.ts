/** `ropa import` of spreadsheets: the suggested mapping applied, what could not be read printed, all or nothing. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cnilSheets, icoSheet, workbookBytes } from '../fixtures/spreadsheets'
import { ropa } from '../helpers/cli'
import { tempDir } from '../helpers/workspace'

async function files() {
  const dir = tempDir()
  const ico = path.join(dir, 'ico.xlsx')
  fs.writeFileSync(ico, await workbookBytes({ ROPA: icoSheet() }))
  return { dir, db: path.join(dir, 'ws.sqlite'), ico }
}

describe('ropa import FILE.xlsx / .csv', { timeout: 120_000 }, () => {
  it('imports the ICO template with the suggested mapping and prints every cell it could not map', async () => {
    const { db, ico } = await files()
    const run = ropa(['import', ico, '--db', db])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('The ICO documentation template.')
    expect(run.stdout).toContain('Sheet “ROPA”, header row 9.')
    expect(run.stdout).toContain('“Purpose of processing” → Purposes of the processing (100 %)')
    expect(run.stdout).toContain('Imported “Acme Widgets Ltd”: 3 activities')
    expect(run.stdout).toContain(
      'Not imported: sheet “ROPA”, row 12, column H (Names of third countries or international organisations tha…): “Narnia” is not a country',
    )
    const orgs = ropa(['orgs', '--db', db, '--json'])
    expect(
      JSON.parse(orgs.stdout).map((o: { name: string; activityCount: number }) => [o.name, o.activityCount]),
    ).toEqual([['Acme Widgets Ltd', 3]])

    // The same file again: refused (the name exists) unless --replace or --as.
    const again = ropa(['import', ico, '--db', db])
    expect(again.status).not.toBe(0)
    expect(again.stderr).toMatch(/already exists.*--replace/)
    expect(ropa(['import', ico, '--db', db, '--as', 'Acme copy']).status).toBe(0)
  })

  it('needs --org when there is no contact block, chooses sheets with --sheet, and exits non-zero when nothing could be imported', async () => {
    const { dir, db } = await files()
    const csv = path.join(dir, 'register.csv')
    fs.writeFileSync(
      csv,
      'Processing activity;Purposes;Lawful basis\nPayroll;Pay salaries;Legal obligation\n',
    )
    const missing = ropa(['import', csv, '--db', db])
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toContain('Give it with --org NAME.')
    expect(ropa(['import', csv, '--db', db, '--org', 'Payroll Oy']).status).toBe(0)

    const cnil = path.join(dir, 'registre.xlsx')
    fs.writeFileSync(cnil, await workbookBytes(cnilSheets()))
    const one = ropa(['import', cnil, '--db', db, '--sheet', 'Clients'])
    expect(one.status).toBe(0)
    expect(one.stdout).toContain('Imported “Boulangerie Dupont SAS”: 1 activities')
    const unknown = ropa(['import', cnil, '--db', db, '--sheet', 'Nope', '--as', 'X'])
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr).toContain('The file has no sheet called “Nope”')

    const nothing = path.join(dir, 'nothing.csv')
    fs.writeFileSync(nothing, 'Colour;Size\nRed;Large\n')
    const none = ropa(['import', nothing, '--db', db, '--org', 'Nothing Oy'])
    expect(none.status).not.toBe(0)
    expect(none.stderr).toContain('No processing activity could be read')
    expect(
      JSON.parse(ropa(['orgs', '--db', db, '--json']).stdout)
        .map((o: { name: string }) => o.name)
        .sort(),
    ).toEqual(['Boulangerie Dupont SAS', 'Payroll Oy'])
  })

  it('refuses files that are not spreadsheets in one line, leaving the workspace file byte for byte as it was', async () => {
    const { dir, db, ico } = await files()
    expect(ropa(['import', ico, '--db', db]).status).toBe(0)
    const before = fs.readFileSync(db)
    const random = path.join(dir, 'random.xlsx')
    fs.writeFileSync(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    const run = ropa(['import', random, '--db', db])
    expect(run.status).not.toBe(0)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('is not an Excel workbook (.xlsx)')
    const old = path.join(dir, 'old.xls')
    fs.writeFileSync(old, 'x')
    expect(ropa(['import', old, '--db', db]).stderr).toContain('Save this old .xls workbook as .xlsx first')
    expect(fs.readFileSync(db).equals(before)).toBe(true)
  })
})
