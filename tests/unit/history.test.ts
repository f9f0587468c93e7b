import { describe, expect, it } from 'vitest'
import { mutate } from '../../electron/core/history/mutate'
import { openTestWorkspace } from '../helpers/workspace'
import { rawSql, rawValue } from '../helpers/raw-sql'

async function changes(file: string) {
  return (await rawSql(
    file,
    'SELECT actor, organisation_id, entity, entity_id, operation, before_json, after_json FROM changes ORDER BY id',
  )) as {
    actor: string
    organisation_id: string
    entity: string
    entity_id: string
    operation: string
    before_json: string | null
    after_json: string | null
  }[]
}

describe('change history', () => {
  it('records who changed what, with before and after, for every mutation', async () => {
    const { client, file } = await openTestWorkspace()
    const org = await client.call('organisations.create', { name: 'Acme' })
    await client.call('organisations.rename', { id: org.id, name: 'Acme Oy' })
    const act = await client.call('activities.create', {
      organisationId: org.id,
      activity: { reference: 'PA-01', name: 'Payroll', role: 'controller', status: 'draft', purposes: [] },
    })
    await client.call('activities.delete', { id: act.id })

    const rows = await changes(file)
    expect(rows.map((r) => [r.entity, r.operation])).toEqual([
      ['organisation', 'create'],
      ['organisation', 'update'],
      ['activity', 'create'],
      ['activity', 'delete'],
    ])
    expect(rows.every((r) => r.actor === 'tester' && r.organisation_id === org.id)).toBe(true)
    expect(JSON.parse(rows[1].before_json!).name).toBe('Acme')
    expect(JSON.parse(rows[1].after_json!).name).toBe('Acme Oy')
    expect(rows[2].before_json).toBeNull()
    expect(JSON.parse(rows[3].before_json!).reference).toBe('PA-01')
    expect(rows[3].after_json).toBeNull()
  })

  it('a failing mutation leaves neither the change nor its record', async () => {
    const { backend, file } = await openTestWorkspace()
    await expect(
      mutate(backend.ctx, async (tx) => {
        await tx.db
          .insertInto('organisations')
          .values({ id: 'o1', name: 'Half', created_at: tx.at, updated_at: tx.at, language: 'en' })
          .execute()
        await tx.record({
          organisationId: 'o1',
          entity: 'organisation',
          entityId: 'o1',
          operation: 'create',
          before: null,
          after: { name: 'Half' },
        })
        throw new Error('disk on fire')
      }),
    ).rejects.toThrow('disk on fire')
    expect(await rawValue(file, 'SELECT count(*) FROM organisations')).toBe(0)
    expect(await rawValue(file, 'SELECT count(*) FROM changes')).toBe(0)
  })

  it('a refused service call writes no change record', async () => {
    const { backend, client, file } = await openTestWorkspace()
    await client.call('organisations.create', { name: 'Acme' })
    await backend.dispatch('organisations.create', { name: 'acme' })
    await backend.dispatch('organisations.delete', { id: 'missing' })
    expect(await changes(file)).toHaveLength(1)
  })
})
