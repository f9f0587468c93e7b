import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { createClient } from '../../shared/api/client'
import { tempWorkspacePath } from '../helpers/workspace'
import { openAt } from './helpers'

describe('migration 0003_settings', () => {
  it('adds workspace settings to a workspace with data, with the default threshold until one is set', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, '0002_full_register')
    old.sqlite
      .prepare(
        "INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o1', 'Acme Oy', 't', 't')",
      )
      .run()
    await old.close()
    const backend = await openBackend(file, { checkOutput: true })
    const client = createClient(backend.dispatch)
    expect(await client.call('settings.get', {})).toEqual({ employeeThreshold: 250 })
    expect((await client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Acme Oy'])
    await client.call('settings.update', { employeeThreshold: 100 })
    expect(await client.call('settings.get', {})).toEqual({ employeeThreshold: 100 })
    await backend.close()
  })
})
