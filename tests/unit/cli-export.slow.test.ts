import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { richRegister } from '../fixtures/rich-register'
import { ropa } from '../helpers/cli'
import { pdfPages } from '../helpers/pdf-text'
import { openTestWorkspace, tempDir } from '../helpers/workspace'

async function workspaceWithRichRegister() {
  const dir = tempDir()
  const db = path.join(dir, 'ws.sqlite')
  const input = path.join(dir, 'rich.json')
  fs.writeFileSync(input, JSON.stringify(richRegister()))
  expect(ropa(['import', input, '--db', db]).status).toBe(0)
  return { dir, db }
}

// Each case runs the real command several times; on two shared cores that takes a while.
describe('ropa export', { timeout: 90_000 }, () => {
  it('writes xlsx, pdf, csv and json in the chosen language, and records each export', async () => {
    const { dir, db } = await workspaceWithRichRegister()
    const run = (format: string) =>
      ropa([
        'export',
        '--org',
        'Nordic Bakery Oy',
        '--format',
        format,
        '--lang',
        'de',
        '--out',
        path.join(dir, `out.${format}`),
        '--db',
        db,
      ])
    for (const format of ['xlsx', 'pdf', 'csv', 'json']) {
      const result = run(format)
      expect(result.status, result.stderr).toBe(0)
      const file = path.join(dir, `out.${format}`)
      const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
      expect(result.stdout).toContain(`Wrote ${file}`)
      expect(result.stdout).toContain(`SHA-256 ${hash}`)
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path.join(dir, 'out.xlsx'))
    expect(workbook.worksheets[1].name).toBe('Verantwortlicher')
    expect((await pdfPages(path.join(dir, 'out.pdf')))[0]).toContain('Verzeichnis von')
    // Both records, the record first, separated by ";" as German spreadsheet settings expect.
    expect(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8')).toMatch(/^\uFEFFVerzeichnis;Kennung;/)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).format).toBe('ropa-register')

    const { client } = await openTestWorkspace(db)
    const [org] = await client.call('organisations.list', {})
    const records = await client.call('exports.list', { organisationId: org.id })
    expect(records.map((r) => r.format)).toEqual(['json', 'csv', 'pdf', 'xlsx'])
    expect(records.every((r) => r.language === 'de')).toBe(true)
  })

  it('names the file after the organisation by default, in the organisation’s language', async () => {
    const { dir, db } = await workspaceWithRichRegister()
    const result = ropa(['export', '--org', 'nordic bakery oy', '--format', 'xlsx', '--db', db], {}, dir)
    expect(result.status, result.stderr).toBe(0)
    const written = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'))
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/^Nordic Bakery Oy - Seloste käsittelytoimista - \d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(result.stdout).toContain(`Wrote ${path.join(dir, written[0])}`)
  })

  it('writes to standard output with --out -', async () => {
    const { db } = await workspaceWithRichRegister()
    const result = ropa([
      'export',
      '--org',
      'Nordic Bakery Oy',
      '--format',
      'csv',
      '--lang',
      'en',
      '--out',
      '-',
      '--db',
      db,
    ])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout.startsWith('\uFEFFRecord,Reference,')).toBe(true)
    expect(result.stdout).toContain('PA-02')
  })

  it(
    'leaves the findings out with --no-findings, and separates CSV fields as --delimiter says',
    { timeout: 300_000 },
    async () => {
      const { dir, db } = await workspaceWithRichRegister()
      const out = (name: string) => path.join(dir, name)
      const base = ['export', '--org', 'Nordic Bakery Oy', '--lang', 'en', '--db', db]
      for (const format of ['xlsx', 'pdf']) {
        const result = ropa([...base, '--format', format, '--no-findings', '--out', out(`lean.${format}`)])
        expect(result.status, result.stderr).toBe(0)
      }
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(out('lean.xlsx'))
      const visible = workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)
      expect(visible).toEqual([
        'Cover',
        'Controller record',
        'Processor record',
        'Parties',
        'Transfers',
        'Security measures',
      ])
      // The findings are the checks' view, not part of the register: the workbook still carries it for import.
      expect(workbook.getWorksheet('ROPA data')?.state).toBe('hidden')
      const pdf = (await pdfPages(out('lean.pdf'))).join('\n')
      expect(pdf).toContain('Security measures')
      expect(pdf).not.toContain('Findings')

      for (const [name, separator] of [
        ['semicolon', ';'],
        ['tab', '\t'],
      ]) {
        const result = ropa([...base, '--format', 'csv', '--delimiter', name, '--out', out(`${name}.csv`)])
        expect(result.status, result.stderr).toBe(0)
        expect(
          fs
            .readFileSync(out(`${name}.csv`), 'utf8')
            .startsWith(`\uFEFFRecord${separator}Reference${separator}`),
          name,
        ).toBe(true)
      }
      const wrongFormat = ropa([...base, '--format', 'pdf', '--delimiter', ';', '--out', out('x.pdf')])
      expect(wrongFormat.status).not.toBe(0)
      expect(wrongFormat.stderr).toMatch(
        /^ropa: A field separator applies only to a CSV export, not to pdf\.\n$/,
      )
      const badSeparator = ropa([...base, '--format', 'csv', '--delimiter', '|'])
      expect(badSeparator.status).toBe(2)
      expect(badSeparator.stderr).toBe(
        'ropa: Invalid option: --delimiter: must be a comma, a semicolon or a tab.\n',
      )
      expect(fs.existsSync(out('x.pdf'))).toBe(false)
    },
  )

  it('refuses bad options and missing folders with one line, writing nothing', async () => {
    const { dir, db } = await workspaceWithRichRegister()
    const badFormat = ropa(['export', '--org', 'Nordic Bakery Oy', '--format', 'docx', '--db', db])
    expect(badFormat.status).toBe(2)
    expect(badFormat.stderr).toBe('ropa: Invalid option: --format: must be xlsx, pdf, csv or json.\n')
    const badLang = ropa([
      'export',
      '--org',
      'Nordic Bakery Oy',
      '--format',
      'pdf',
      '--lang',
      'nl',
      '--db',
      db,
    ])
    expect(badLang.status).toBe(2)
    expect(badLang.stderr).toMatch(/^ropa: Invalid option: --lang/)
    const missing = ropa([
      'export',
      '--org',
      'Nordic Bakery Oy',
      '--format',
      'pdf',
      '--out',
      path.join(dir, 'nope', 'x.pdf'),
      '--db',
      db,
    ])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toBe(
      `ropa: Cannot save to ${path.join(dir, 'nope', 'x.pdf')}: the folder ${path.join(dir, 'nope')} does not exist.\n`,
    )
    const { client } = await openTestWorkspace(db)
    const [org] = await client.call('organisations.list', {})
    expect(await client.call('exports.list', { organisationId: org.id })).toEqual([])
  })

  it('refuses to replace an existing file unless told to with --force', async () => {
    const { dir, db } = await workspaceWithRichRegister()
    const out = path.join(dir, 'register.csv')
    fs.writeFileSync(out, 'the version sent to the authority last year')
    const refused = ropa(['export', '--org', 'Nordic Bakery Oy', '--format', 'csv', '--out', out, '--db', db])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toBe(
      `ropa: ${out} exists already. Nothing was written. Use --force to replace it, or choose another name with --out.\n`,
    )
    expect(fs.readFileSync(out, 'utf8')).toBe('the version sent to the authority last year')
    // Without --out the file named after the organisation in this folder is protected the same way.
    expect(
      ropa(['export', '--org', 'Nordic Bakery Oy', '--format', 'json', '--db', db], {}, dir).status,
    ).toBe(0)
    const twice = ropa(['export', '--org', 'Nordic Bakery Oy', '--format', 'json', '--db', db], {}, dir)
    expect(twice.stderr).toMatch(/Nordic Bakery Oy\.register\.json exists already/)
    const forced = ropa([
      'export',
      '--org',
      'Nordic Bakery Oy',
      '--format',
      'csv',
      '--lang',
      'en',
      '--out',
      out,
      '--force',
      '--db',
      db,
    ])
    expect(forced.status, forced.stderr).toBe(0)
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\uFEFFRecord,Reference,/)
    const { client } = await openTestWorkspace(db)
    const [org] = await client.call('organisations.list', {})
    expect(
      (await client.call('exports.list', { organisationId: org.id })).map((r) => r.format).sort(),
    ).toEqual(['csv', 'json'])
  })
})
