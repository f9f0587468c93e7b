import { describe, expect, it } from 'vitest'
import { openTestWorkspace } from '../helpers/workspace'

describe('dispatch', () => {
  it('validates input and names the field in plain words', async () => {
    const { backend } = await openTestWorkspace()
    const result = await backend.dispatch('organisations.create', { name: '   ' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'name', message: 'Enter the organisation’s name' }] },
    })
    if (!result.ok) expect(result.error.message).toContain('name: Enter the organisation’s name')
  })

  it('refuses fields the method does not know, and wrong types', async () => {
    const { backend } = await openTestWorkspace()
    const unknown = await backend.dispatch('organisations.create', { name: 'A', colour: 'red' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (!unknown.ok) expect(unknown.error.issues?.[0].message).toContain('colour')
    const wrongType = await backend.dispatch('organisations.create', { name: 42 })
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'name' }] } })
    const notAnObject = await backend.dispatch('organisations.create', 'Acme')
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('names nested paths the way a user can find them', async () => {
    const { backend, client } = await openTestWorkspace()
    const org = await client.call('organisations.create', { name: 'Acme' })
    const result = await backend.dispatch('activities.create', {
      organisationId: org.id,
      activity: {
        reference: 'PA-01',
        name: 'Payroll',
        role: 'controller',
        status: 'active',
        purposes: [
          { description: 'Pay', legalBasis: '6_1_b' },
          { description: 'Report', legalBasis: '6_1_z' },
        ],
      },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'activity.purposes[1].legalBasis' }] },
    })
    if (!result.ok) expect(result.error.issues?.[0].message).toMatch(/must be one of "6_1_a"/)
  })

  it('accepts good input and returns the stored value', async () => {
    const { backend } = await openTestWorkspace()
    const result = await backend.dispatch('organisations.create', { name: '  Nordic Bakery Oy ' })
    expect(result).toMatchObject({ ok: true, value: { name: 'Nordic Bakery Oy' } })
  })

  it('answers NOT_FOUND for an unknown method or a missing entity, CONFLICT for a duplicate', async () => {
    const { backend, client } = await openTestWorkspace()
    expect(await backend.dispatch('organisations.explode', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await backend.dispatch('constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await backend.dispatch('organisations.rename', { id: 'nope', name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    await client.call('organisations.create', { name: 'Acme' })
    const duplicate = await backend.dispatch('organisations.create', { name: 'ACME' })
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!duplicate.ok) expect(duplicate.error.message).toContain('already exists')
  })

  it('turns an unexpected failure into INTERNAL without leaking internals', async () => {
    const { backend } = await openTestWorkspace()
    await backend.close()
    const result = await backend.dispatch('organisations.list', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    if (!result.ok) expect(result.error.message).not.toMatch(/sqlite|stack|Error:/i)
  })
})
