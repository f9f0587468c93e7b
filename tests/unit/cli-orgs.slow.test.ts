import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ropa } from '../helpers/cli'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'

describe('ropa orgs', () => {
  it('lists organisations as text and as JSON with id and name', async () => {
    const ws = await openTestWorkspace()
    const acme = await ws.client.call('organisations.create', { name: 'Acme Oy' })
    await ws.client.call('organisations.create', { name: 'Beta AB' })
    await closeTestWorkspace(ws)

    const text = ropa(['orgs', '--db', ws.file])
    expect(text.status).toBe(0)
    expect(text.stdout).toContain(`${acme.id}  Acme Oy`)

    const json = ropa(['orgs', '--json', '--db', ws.file])
    expect(json.status).toBe(0)
    const list = JSON.parse(json.stdout)
    expect(list.map((o: { name: string }) => o.name)).toEqual(['Acme Oy', 'Beta AB'])
    expect(list[0]).toMatchObject({ id: acme.id, name: 'Acme Oy' })
  })

  it('takes the workspace from ROPA_DB when --db is absent', async () => {
    const ws = await openTestWorkspace()
    await ws.client.call('organisations.create', { name: 'From env' })
    await closeTestWorkspace(ws)
    expect(ropa(['orgs'], { ROPA_DB: ws.file }).stdout).toContain('From env')
  })

  it('refuses a workspace path that does not exist, for every command that reads one, and creates nothing', () => {
    const missing = path.join(tempDir(), 'typo.sqlite')
    for (const args of [
      ['orgs'],
      ['log'],
      ['verify'],
      ['exports'],
      ['backup'],
      ['export', '--org', 'Acme Oy', '--format', 'json'],
    ]) {
      const result = ropa([...args, '--db', missing])
      expect(result.status, args[0]).not.toBe(0)
      expect(result.stderr).toBe(
        `ropa: There is no workspace at ${missing}. Check the --db path (or ROPA_DB).\n`,
      )
    }
    expect(fs.existsSync(missing)).toBe(false)
  })

  it('reports a file that is not a workspace in one line on stderr, with a non-zero exit, and leaves it alone', () => {
    const file = path.join(tempDir(), 'notes.txt')
    fs.writeFileSync(file, 'hello')
    const result = ropa(['orgs', '--db', file])
    expect(result.status).not.toBe(0)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^ropa: .*not a ROPA workspace/)
    expect(fs.readFileSync(file, 'utf8')).toBe('hello')
  })

  it('rejects bad options with a clear message', () => {
    const result = ropa(['serve', '--port', 'eighty', '--no-open', '--db', path.join(tempDir(), 'w.sqlite')])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--port: must be a number/)
    expect(ropa(['--help']).stdout).toMatch(/serve.*\n.*orgs/s)
  })
})
