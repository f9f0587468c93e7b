/**
 * An export killed while writing leaves its hidden temporary file beside the destination (nothing can remove it
 * then); the next export into that folder removes it. Part files of exports still running, or from another
 * computer sharing the folder, are left alone until they are a day old.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { partFileFor, removeStaleParts, STALE_AFTER_MS } from '../../electron/core/part-files'
import { generateRegister } from '../fixtures/generate-register'
import { ropa, ROPA_BIN } from '../helpers/cli'
import { tempDir } from '../helpers/workspace'

const parts = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.part'))

/** The id of a process that has run and exited: no process has it now (until the system reuses it). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  })
  return Number(child.stdout)
}

describe('part files of exports', { timeout: 240_000 }, () => {
  it('removes ours that are orphaned or a day old, and nothing else', () => {
    const dir = tempDir()
    const mine = path.basename(partFileFor(path.join(dir, 'register.pdf')))
    const [, computer] = /\.([0-9a-f]{8})-\d+-[0-9a-f]{12}\.part$/.exec(mine)!
    const files = {
      orphaned: `.register.pdf.${computer}-${deadPid()}-0123456789ab.part`,
      running: `.register.xlsx.${computer}-${process.ppid}-0123456789ab.part`,
      otherComputer: `.register.csv.deadbeef-${deadPid()}-0123456789ab.part`,
      otherComputerOld: `.register.json.deadbeef-1-0123456789ab.part`,
      olderVersionOld: '.register.pdf.0123456789ab.part',
      olderVersionRecent: '.register.xlsx.ba9876543210.part',
      notOurs: '.notes.txt.part',
      export: 'register.pdf',
    }
    for (const name of Object.values(files)) fs.writeFileSync(path.join(dir, name), 'x')
    const dayAgo = (Date.now() - STALE_AFTER_MS - 60_000) / 1000
    for (const name of [files.otherComputerOld, files.olderVersionOld])
      fs.utimesSync(path.join(dir, name), dayAgo, dayAgo)
    expect(removeStaleParts(dir).sort()).toEqual(
      [files.orphaned, files.otherComputerOld, files.olderVersionOld].sort(),
    )
    expect(fs.readdirSync(dir).sort()).toEqual(
      [files.running, files.otherComputer, files.olderVersionRecent, files.notOurs, files.export].sort(),
    )
  })

  it('an export killed while writing leaves its part file; the next export into that folder removes it', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'workspace.sqlite')
    const input = path.join(dir, 'register.json')
    fs.writeFileSync(
      input,
      JSON.stringify(generateRegister({ activities: 400, seed: 14, name: 'Killed Oy' })),
    )
    expect(ropa(['import', input, '--db', db]).status).toBe(0)
    const out = path.join(dir, 'exports')
    fs.mkdirSync(out)

    const child = spawn(
      process.execPath,
      [
        ROPA_BIN,
        'export',
        '--org',
        'Killed Oy',
        '--format',
        'pdf',
        '--out',
        path.join(out, 'register.pdf'),
        '--db',
        db,
      ],
      { stdio: 'ignore' },
    )
    const exited = new Promise((resolve) => child.on('exit', resolve))
    // Killed the moment its part file has something in it.
    const deadline = Date.now() + 180_000
    while (!parts(out).some((f) => fs.statSync(path.join(out, f)).size > 0) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10))
    child.kill('SIGKILL')
    await exited
    expect(parts(out)).toHaveLength(1)
    expect(fs.existsSync(path.join(out, 'register.pdf'))).toBe(false)

    const again = ropa([
      'export',
      '--org',
      'Killed Oy',
      '--format',
      'csv',
      '--out',
      path.join(out, 'register.csv'),
      '--db',
      db,
    ])
    expect(again.status, again.stderr).toBe(0)
    expect(fs.readdirSync(out)).toEqual(['register.csv'])
  })
})
