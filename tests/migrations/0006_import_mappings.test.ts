import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { createClient } from '../../shared/api/client'
import { tempWorkspacePath } from '../helpers/workspace'
import { openAt } from './helpers'

describe('migration 0006_import_mappings', () => {
  it('adds saved import mappings to a workspace with data, which keeps its organisations', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, '0005_change_chain')
    old.sqlite
      .prepare(
        "INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o1', 'Acme Oy', 't', 't')",
      )
      .run()
    await old.close()

    const backend = await openBackend(file, { checkOutput: true })
    const client = createClient(backend.dispatch)
    expect(await client.call('imports.mappings.list', {})).toEqual([])
    const saved = await client.call('imports.mappings.save', {
      name: 'ICO template',
      mapping: { 'purpose of processing': 'purposes' },
    })
    expect(await client.call('imports.mappings.list', {})).toEqual([saved])
    expect((await client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Acme Oy'])
    await backend.close()
  })
})
