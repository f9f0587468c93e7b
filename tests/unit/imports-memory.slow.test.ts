/**
 * Hostile files cost little: a zip bomb whose table of contents lies, and a million rows under the size limit,
 * are refused by `ropa import` (the same `imports.analyse` the app and browser mode call) in a process of their
 * own whose peak memory is measured. Before the importer streamed its reading, these took 2.3 GB and 1.4 GB.
 * The time each took is printed for the record, not asserted (bench/hostile.ts measures it).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lyingZipBomb, manyRowsWorkbook } from '../fixtures/hostile-xlsx'
import { ropaMeasured } from '../helpers/cli'
import { openTestWorkspace, tempDir } from '../helpers/workspace'

const MEMORY_LIMIT_MB = 400

describe('hostile workbooks, measured in a process of their own', { timeout: 180_000 }, () => {
  it('a 2 MB workbook claiming 1 KB for a sheet of 2 GB is refused as a zip bomb, within the memory limit', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'bomb.xlsx')
    fs.writeFileSync(file, lyingZipBomb({ inflatedMb: 2048, claimedBytes: 1024 }))
    expect(fs.statSync(file).size).toBeLessThan(3 * 1024 * 1024)
    const result = ropaMeasured([
      'import',
      file,
      '--org',
      'Bomb Oy',
      '--db',
      path.join(dir, 'workspace.sqlite'),
    ])
    process.stdout.write(
      `zip bomb refused in ${(result.ms / 1000).toFixed(1)} s, peak RSS ${result.peakRssMb.toFixed(0)} MB\n`,
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      '“bomb.xlsx” is not a genuine workbook: part of it unpacks to more than the 1,024 bytes the file says it holds',
    )
    expect(result.stderr).toMatch(/Nothing was imported\.\n$/)
    expect(result.peakRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })

  it('a sheet of a million rows, under the file-size limit, is refused at the row limit within the memory limit', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'million.xlsx')
    fs.writeFileSync(file, manyRowsWorkbook(1_000_000))
    const result = ropaMeasured([
      'import',
      file,
      '--org',
      'Rows Oy',
      '--db',
      path.join(dir, 'workspace.sqlite'),
    ])
    process.stdout.write(
      `million rows refused in ${(result.ms / 1000).toFixed(1)} s, peak RSS ${result.peakRssMb.toFixed(0)} MB\n`,
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'The sheet “Huge” has more than 20,000 rows with data; ROPA imports up to 20,000 rows per sheet.',
    )
    expect(result.peakRssMb).toBeLessThan(MEMORY_LIMIT_MB)
  })

  it('the same workbooks sent to imports.analyse (the app and browser mode) are refused with the same words', async () => {
    const ws = await openTestWorkspace()
    for (const [fileName, bytes, words] of [
      ['bomb.xlsx', lyingZipBomb({ inflatedMb: 256 }), 'is not a genuine workbook'],
      ['million.xlsx', manyRowsWorkbook(30_000), 'has more than 20,000 rows with data'],
    ] as const) {
      const result = await ws.backend.dispatch('imports.analyse', {
        fileName,
        content: bytes.toString('base64'),
        organisationName: 'Hostile Oy',
      })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining(words) },
      })
    }
    // Within the limit, the same generated sheet is read: the refusal above is the limit, not the generator.
    const fine = await ws.backend.dispatch('imports.analyse', {
      fileName: 'fine.xlsx',
      content: manyRowsWorkbook(20_000).toString('base64'),
      organisationName: 'Fine Oy',
    })
    expect(fine).toMatchObject({
      ok: true,
      value: { sheets: [expect.objectContaining({ name: 'Huge', rowCount: 20_000 })] },
    })
  })
})
