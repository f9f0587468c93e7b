import { describe, expect, it } from 'vitest'
import { tempWorkspacePath } from '../helpers/workspace'
import { openAt } from './helpers'

describe('migration 0001_foundation', () => {
  it('creates organisations, activities with purposes, and the change history on an empty file', async () => {
    const ws = await openAt(tempWorkspacePath(), '0001_foundation')
    const { sqlite } = ws
    sqlite.prepare("INSERT INTO organisations VALUES ('o1', 'Acme', 't', 't')").run()
    sqlite
      .prepare(
        "INSERT INTO activities VALUES ('a1', 'o1', 'PA-01', 'Payroll', 'controller', 'active', 't', 't')",
      )
      .run()
    sqlite.prepare("INSERT INTO activity_purposes VALUES ('a1', 0, 'Pay', '6_1_b')").run()
    sqlite
      .prepare(
        "INSERT INTO changes (at, actor, organisation_id, entity, entity_id, operation) VALUES ('t', 'me', 'o1', 'activity', 'a1', 'create')",
      )
      .run()

    // Names and references are unique case-insensitively; purposes go with their activity.
    expect(() => sqlite.prepare("INSERT INTO organisations VALUES ('o2', 'ACME', 't', 't')").run()).toThrow(
      /UNIQUE/,
    )
    expect(() =>
      sqlite
        .prepare("INSERT INTO activities VALUES ('a2', 'o1', 'pa-01', 'X', 'controller', 'active', 't', 't')")
        .run(),
    ).toThrow(/UNIQUE/)
    sqlite.prepare("DELETE FROM organisations WHERE id = 'o1'").run()
    expect(sqlite.prepare('SELECT count(*) FROM activity_purposes').pluck().get()).toBe(0)
    expect(sqlite.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(1)
    await ws.close()
  })
})
