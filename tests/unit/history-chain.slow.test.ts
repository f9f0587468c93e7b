import { describe, expect, it } from 'vitest'
import { verifyChain, verifyChainInTurns } from '../../electron/core/history/chain'
import { generateRegister } from '../fixtures/generate-register'
import { richRegister } from '../fixtures/rich-register'
import { ropa } from '../helpers/cli'
import { rawSql, rawValue } from '../helpers/raw-sql'
import { closeTestWorkspace, openTestWorkspace } from '../helpers/workspace'

async function workspaceWithHistory() {
  const ws = await openTestWorkspace()
  const { organisationId } = await ws.client.call('register.import', { document: richRegister() })
  const [first] = await ws.client.call('activities.list', { organisationId })
  await ws.client.call('activities.delete', { id: first.id })
  await closeTestWorkspace(ws)
  return ws.file
}

/** Tamper with the workspace directly, as someone with a database editor could. */
const tamper = (file: string, sql: string) => rawSql(file, sql)

describe('tamper evidence', () => {
  it('ropa verify passes on an untouched history', async () => {
    const file = await workspaceWithHistory()
    const result = ropa(['verify', '--db', file])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/intact: 24 change records/)
  })

  it('catches an edited record and names it', async () => {
    const file = await workspaceWithHistory()
    await tamper(
      file,
      `UPDATE changes SET after_json = replace(after_json, 'Payroll', 'Nothing to see') WHERE id = 21`,
    )
    const result = ropa(['verify', '--db', file])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/record 21 was altered.*First bad record: 21/)
  })

  it('catches a removed record in the middle and at the end', async () => {
    const middle = await workspaceWithHistory()
    await tamper(middle, 'DELETE FROM changes WHERE id = 10')
    expect(ropa(['verify', '--db', middle]).stderr).toMatch(/record 10 is missing.*First bad record: 10/)
    const end = await workspaceWithHistory()
    await tamper(end, 'DELETE FROM changes WHERE id = 24')
    expect(ropa(['verify', '--db', end]).stderr).toMatch(/record 24 is missing.*First bad record: 24/)
  })

  it('catches reordered records', async () => {
    const file = await workspaceWithHistory()
    await tamper(
      file,
      `UPDATE changes SET id = -1 WHERE id = 5; UPDATE changes SET id = 5 WHERE id = 6; UPDATE changes SET id = 6 WHERE id = -1;`,
    )
    const result = ropa(['verify', '--db', file])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/First bad record: 5/)
  })

  it('the app checks the chain through the API', async () => {
    const file = await workspaceWithHistory()
    await tamper(file, `UPDATE changes SET actor = 'mallory' WHERE id = 3`)
    const ws = await openTestWorkspace(file)
    expect(await ws.client.call('history.verify', {})).toEqual({
      ok: false,
      records: 3,
      problem: { changeId: 3, reason: expect.stringMatching(/altered/) },
    })
  })
  it('checks a long history in turns: other requests are answered meanwhile, and a late bad record is still found', async () => {
    const ws = await openTestWorkspace()
    const { organisationId } = await ws.client.call('register.import', {
      document: generateRegister({ activities: 1500, seed: 4 }),
    })
    const total = Number(await rawValue(ws.file, 'SELECT count(*) FROM changes'))
    expect(total).toBeGreaterThan(1500)
    // A request made after the check starts is answered before the check ends.
    let answeredFirst = false
    const verifying = verifyChainInTurns(ws.backend.ctx.db).then((report) => ({ report, answeredFirst }))
    await ws.client.call('organisations.get', { id: organisationId }).then(() => (answeredFirst = true))
    expect(await verifying).toEqual({
      report: { ok: true, records: total, problem: null },
      answeredFirst: true,
    })
    await tamper(ws.file, `UPDATE changes SET actor = 'mallory' WHERE id = ${total - 2}`)
    const broken = await verifyChainInTurns(ws.backend.ctx.db)
    expect(broken.problem?.changeId).toBe(total - 2)
    expect(broken).toEqual(await verifyChain(ws.backend.ctx.db))
    await closeTestWorkspace(ws)
  })
})

describe('ropa log', () => {
  it('lists changes newest first, as text or JSON, filtered by organisation and date', async () => {
    const file = await workspaceWithHistory()
    const text = ropa(['log', '--db', file, '--org', 'Nordic Bakery Oy'])
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout.split('\n')[0]).toMatch(/tester\s+Nordic Bakery Oy {2}delete activity PA-01 Payroll/)
    const json = JSON.parse(ropa(['log', '--db', file, '--json']).stdout)
    expect(json.changes).toHaveLength(24)
    expect(json.changes[0]).toMatchObject({
      operation: 'delete',
      entity: 'activity',
      organisation: 'Nordic Bakery Oy',
      actor: 'tester',
    })
    expect(JSON.parse(ropa(['log', '--db', file, '--json', '--since', '2999-01-01']).stdout).changes).toEqual(
      [],
    )
    expect(ropa(['log', '--db', file, '--since', 'yesterday']).stderr).toMatch(/--since: must be a date/)
  })
})
