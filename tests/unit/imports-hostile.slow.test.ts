/**
 * Hostile and awkward files: each gives a clear error in words (VALIDATION, never INTERNAL) or is handled,
 * and a failed import stores nothing.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { InflateLimitError, openBoundedZip } from '../../electron/core/imports/zip'
import { storedZip, workbookBytes, type Cells } from '../fixtures/spreadsheets'
import { openTestWorkspace, type TestWorkspace } from '../helpers/workspace'

const HEAD = [
  'Reference',
  'Processing activity',
  'Purposes of the processing',
  'Lawful basis',
  'Business function',
  'Notes',
  'Notes',
]

async function analyse(
  ws: TestWorkspace,
  fileName: string,
  bytes: Buffer,
  organisationName: string | null = 'Hostile Oy',
) {
  return ws.client.invoke('imports.analyse', {
    fileName,
    content: bytes.toString('base64'),
    organisationName,
  })
}

async function refused(ws: TestWorkspace, fileName: string, bytes: Buffer) {
  const input = { fileName, content: bytes.toString('base64'), organisationName: 'Hostile Oy' }
  const analysed = await ws.backend.dispatch('imports.analyse', input)
  const confirmed = await ws.backend.dispatch('imports.confirm', input)
  expect(confirmed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  expect(await ws.client.call('organisations.list', {})).toEqual([])
  if (analysed.ok) throw new Error('analysis should have been refused too')
  expect(analysed.error.code).toBe('VALIDATION')
  expect(analysed.error.message).toMatch(/Nothing was imported\.$/)
  return analysed.error.message
}

describe('hostile files', { timeout: 60_000 }, () => {
  it('refuses random bytes named .xlsx, another zip renamed .xlsx, a Word document, an empty file, .xls and unknown kinds', async () => {
    const ws = await openTestWorkspace()
    const random = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))
    expect(await refused(ws, 'register.xlsx', random)).toContain(
      '“register.xlsx” is not an Excel workbook (.xlsx)',
    )
    expect(await refused(ws, 'photos.xlsx', storedZip({ 'a.txt': 'hello', 'b/c.jpg': 'x' }))).toContain(
      'is a zip archive but not an Excel workbook',
    )
    expect(await refused(ws, 'letter.xlsx', storedZip({ 'word/document.xml': '<w:document/>' }))).toContain(
      'It is a Word document.',
    )
    expect(await refused(ws, 'empty.csv', Buffer.alloc(0))).toContain('is empty')
    expect(await refused(ws, 'old.xls', random)).toContain('old Excel 97–2003 workbook')
    expect(await refused(ws, 'register.pdf', random)).toContain(
      'ROPA imports Excel workbooks (.xlsx), CSV files (.csv)',
    )
    expect(await refused(ws, 'binary.csv', random)).toContain('is not a text file')
    // A broken workbook: the right table of contents, nonsense inside.
    expect(
      await refused(
        ws,
        'broken.xlsx',
        storedZip({
          '[Content_Types].xml': 'nonsense',
          'xl/workbook.xml': '<<<',
          'xl/worksheets/sheet1.xml': 'x',
        }),
      ),
    ).toContain('could not be read as an Excel workbook')
  })

  it('refuses a workbook whose sheets would unpack to gigabytes, before unpacking anything', async () => {
    const ws = await openTestWorkspace()
    const bomb = storedZip(
      {
        '[Content_Types].xml': '<Types/>',
        'xl/workbook.xml': '<workbook/>',
        'xl/worksheets/sheet1.xml': '<worksheet/>',
      },
      { 'xl/worksheets/sheet1.xml': 3_000_000_000 },
    )
    expect(await refused(ws, 'bomb.xlsx', bomb)).toMatch(/too large to import: it unpacks to \d+ MB/)
  })

  it('refuses an enormous sheet (rows or columns) with a clear limit', async () => {
    const ws = await openTestWorkspace()
    const many = await workbookBytes({}, (wb) => {
      const sheet = wb.addWorksheet('Huge')
      sheet.addRow(HEAD)
      for (let i = 0; i < 20_001; i++) sheet.addRow([`PA-${i}`, `Activity ${i}`])
    })
    expect(await refused(ws, 'huge.xlsx', many)).toContain(
      'The sheet “Huge” has more than 20,000 rows with data',
    )
    const wide = await workbookBytes({ Wide: [HEAD, Array.from({ length: 400 }, (_, i) => `v${i}`)] })
    expect(await refused(ws, 'wide.xlsx', wide)).toContain('has values beyond column KN')
    const csv = `${HEAD.join(';')}\n${Array.from({ length: 20_050 }, (_, i) => `PA-${i};A${i}`).join('\n')}`
    expect(await refused(ws, 'huge.csv', Buffer.from(csv))).toContain('more than 20,000 rows')
    expect(await refused(ws, 'long.csv', Buffer.from(`Purpose;Name\n${'x'.repeat(200_000)};a\n`))).toContain(
      'has a row longer than 100,000 characters (line 2)',
    )
    expect(await refused(ws, 'quote.csv', Buffer.from('Purpose;Name\n"unclosed;a\n'))).toContain(
      'has a quote (") that is never closed',
    )
  })

  it('reads formulas by their saved value, never evaluating them, and reports a formula without one', async () => {
    const ws = await openTestWorkspace()
    const bytes = await workbookBytes(
      { Register: [HEAD, ['PA-01', null, 'Payroll', 'Contract'], ['PA-02', null, 'Marketing', null]] },
      (wb) => {
        const sheet = wb.getWorksheet('Register')!
        sheet.getCell('B2').value = {
          formula: 'CONCATENATE("Pay","roll")',
          result: 'Payroll run',
        } as ExcelJS.CellFormulaValue
        sheet.getCell('B3').value = {
          formula: 'HYPERLINK("http://evil.example","x")',
        } as ExcelJS.CellFormulaValue
        sheet.getCell('D3').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue
      },
    )
    const result = await analyse(ws, 'formulas.xlsx', bytes)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.preview.map((p) => p.name)).toEqual(['Payroll run', 'Marketing'])
    expect(result.value.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({
        sheet: 'Register',
        row: 3,
        column: 'B',
        message: expect.stringContaining('formula without a saved value'),
      }),
      expect.objectContaining({
        sheet: 'Register',
        row: 3,
        column: 'D',
        message: expect.stringContaining('#N/A'),
      }),
    ])
  })

  it('uses the top-left value of merged cells, skips empty rows, keeps duplicate headings apart and cuts very long cells with a warning', async () => {
    const ws = await openTestWorkspace()
    const long = 'x'.repeat(3000)
    const rows: Cells = [
      ['Register of Acme — merged title'],
      HEAD,
      ['PA-01', 'Payroll', 'Pay salaries', 'Legal obligation', 'HR', 'first note', 'second note'],
      [],
      ['PA-02', 'Recruiting', long, 'Consent', null],
      [null, null, null, null, null, null, null],
    ]
    const bytes = await workbookBytes({ Register: rows }, (wb) => {
      const sheet = wb.getWorksheet('Register')!
      sheet.mergeCells('A1:G1')
      sheet.mergeCells('E3:E5')
    })
    const result = await analyse(ws, 'merged.xlsx', bytes)
    if (!result.ok) throw new Error(result.error.message)
    const { value } = result
    expect(value.sheets[0].header).toBe(2)
    expect(value.columns.map((c) => [c.heading, c.field])).toEqual([
      ['Reference', 'reference'],
      ['Processing activity', 'name'],
      ['Purposes of the processing', 'purposes'],
      ['Lawful basis', 'legalBasis'],
      ['Business function', 'businessFunction'],
      ['Notes', 'notes'],
      ['Notes (2)', 'notes'],
    ])
    expect(value.counts.activities).toBe(2)
    const confirmed = await ws.client.call('imports.confirm', {
      fileName: 'merged.xlsx',
      content: bytes.toString('base64'),
      organisationName: 'Merged Oy',
    })
    const doc = await ws.client.call('register.export', { organisationId: confirmed.organisationId })
    expect(doc.activities.map((a) => [a.reference, a.businessFunction])).toEqual([
      ['PA-01', 'HR'],
      ['PA-02', 'HR'],
    ])
    expect(doc.activities[0].notes).toBe('Notes: first note\nNotes (2): second note')
    expect(doc.activities[1].purposes[0].description).toHaveLength(2000)
    expect(value.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'G',
        severity: 'warning',
        message: expect.stringContaining('appears 2 times'),
      }),
      expect.objectContaining({
        row: 5,
        column: 'C',
        severity: 'warning',
        message: expect.stringContaining('cut'),
      }),
    ])
  })

  it('lists at most a thousand unreadable cells, then says how many more there are', async () => {
    const ws = await openTestWorkspace()
    const csv = `Processing activity;Third countries\n${Array.from({ length: 1500 }, (_, i) => `Activity ${i};Narnia`).join('\n')}`
    const result = await analyse(ws, 'many.csv', Buffer.from(csv))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.counts.activities).toBe(1500)
    expect(result.value.problems).toHaveLength(1001)
    expect(result.value.problems[1000].message).toBe(
      '500 more cells cannot be read. Correct the mapping or the file and read it again to see them.',
    )
  })

  it('says so when a sheet has headings but no data, or the file has no data at all', async () => {
    const ws = await openTestWorkspace()
    expect(await refused(ws, 'headings.xlsx', await workbookBytes({ Register: [HEAD, [], []] }))).toContain(
      'There are no rows of data in “Register”',
    )
    expect(await refused(ws, 'blank.xlsx', await workbookBytes({ Sheet1: [] }))).toContain(
      'every sheet is empty',
    )
    expect(await refused(ws, 'blank.csv', Buffer.from('\n\n;;\n'))).toMatch(
      /no rows of data|every sheet is empty/,
    )
  })

  it('refuses a CSV that is UTF-8 except for some lines, naming them, instead of garbling every letter', async () => {
    const ws = await openTestWorkspace()
    const utf8 = (text: string) => Buffer.from(text, 'utf8')
    const latin1 = (text: string) => Buffer.from(text, 'latin1')
    const mixed = Buffer.concat([
      utf8('Processing activity;Purposes of the processing\nLöneadministration;Löneutbetalning\n'),
      latin1('Kundtjänst;Ärenden\n'),
      utf8('Rekrytering;Urval av sökande\n'),
    ])
    expect(await refused(ws, 'mixed.csv', mixed)).toContain(
      '“mixed.csv” is in UTF-8 except for line 3, which is in another encoding (such as Windows-1252)',
    )
    const twice = Buffer.concat([
      utf8('Processing activity\nÄ\n'),
      latin1('é\n'),
      utf8('ö\n'),
      latin1('à\nü\n'),
    ])
    expect(await refused(ws, 'twice.csv', twice)).toContain(
      'except for lines 3, 5 and 6, which are in another encoding',
    )
  })

  it('reads a CSV without any UTF-8 as Windows-1252 and says so in the preview', async () => {
    const ws = await openTestWorkspace()
    const result = await analyse(
      ws,
      'kunder.csv',
      Buffer.from(
        'Processing activity;Purposes of the processing\nKundtjänst;Ärenden – “viktiga”\n',
        'latin1',
      ),
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.preview.map((p) => p.name)).toEqual(['Kundtjänst'])
    expect(result.value.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('was read as Windows-1252'),
      }),
    ])
    const utf8 = await analyse(
      ws,
      'kunder.csv',
      Buffer.from('Processing activity;Purposes of the processing\nKundtjänst;Ärenden\n', 'utf8'),
    )
    expect(utf8).toMatchObject({ ok: true, value: { problems: [] } })
  })

  it('counts what unpacking produces, against the declared size, each entry’s limit and the total', async () => {
    const honest = storedZip({ 'a.xml': 'a'.repeat(1000), 'b.xml': 'b'.repeat(1000) })
    const read = async (zip: Awaited<ReturnType<typeof openBoundedZip>>, name: string, limit: number) => {
      let n = 0
      for await (const chunk of zip.chunks(name, limit)) n += chunk.length
      return n
    }
    expect(await read(await openBoundedZip(honest, 10_000), 'a.xml', 1000)).toBe(1000)
    await expect(read(await openBoundedZip(honest, 10_000), 'a.xml', 999)).rejects.toMatchObject({
      which: 'entry',
      limit: 999,
    })
    const both = await openBoundedZip(honest, 1500)
    expect(await read(both, 'a.xml', 1000)).toBe(1000)
    await expect(read(both, 'b.xml', 1000)).rejects.toMatchObject({ which: 'total', limit: 1500 })
    // A stored entry that says it is 10 bytes and holds 1000: stopped at what it said.
    const lying = storedZip({ 'a.xml': 'a'.repeat(1000) }, { 'a.xml': 10 })
    await expect(read(await openBoundedZip(lying, 10_000), 'a.xml', 5000)).rejects.toBeInstanceOf(
      InflateLimitError,
    )
    await expect(read(await openBoundedZip(lying, 10_000), 'a.xml', 5000)).rejects.toMatchObject({
      which: 'declared',
      limit: 10,
    })
  })
})
