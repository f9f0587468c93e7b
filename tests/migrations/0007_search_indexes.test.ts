import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { sqliteHandle } from '../../electron/core/db/workspace'
import { compileActivitySearch } from '../../electron/core/services/activity-search'
import { createClient } from '../../shared/api/client'
import { referenceSortKey } from '../../shared/order'
import { activitySearchSchema } from '../../shared/schemas/activity-search'
import { tempWorkspacePath } from '../helpers/workspace'
import { migrationBefore, openAt } from './helpers'

describe('migration 0007_search_indexes', () => {
  it('gives existing activities their reference sort key, and the search its indexes', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, migrationBefore('0007_search_indexes'))
    old.sqlite
      .prepare(
        "INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o1', 'Acme Oy', 't', 't')",
      )
      .run()
    const insert = old.sqlite.prepare(
      "INSERT INTO activities (id, organisation_id, reference, name, role, status, dpia_status, dpia_criteria, systems, automated_decision_making, created_at, updated_at) VALUES (?, 'o1', ?, ?, 'controller', 'active', 'not_assessed', '[]', '[]', 0, 't', 't')",
    )
    for (const [id, reference] of [
      ['a1', 'PA-10'],
      ['a2', 'pa-2'],
      ['a3', 'PÄ-3'],
      ['a4', 'PA-1'],
    ])
      insert.run(id, reference, `Activity ${reference}`)
    await old.close()

    const backend = await openBackend(file, { checkOutput: true })
    try {
      const keys = sqliteHandle(backend.workspace)
        .prepare('SELECT reference, reference_key FROM activities ORDER BY id')
        .all() as { reference: string; reference_key: string }[]
      expect(keys.map((k) => k.reference_key)).toEqual(
        ['PA-10', 'pa-2', 'PÄ-3', 'PA-1'].map(referenceSortKey),
      )
      const client = createClient(backend.dispatch)
      const { activities } = await client.call('activities.search', { organisationId: 'o1' })
      expect(activities.map((a) => a.reference)).toEqual(['PA-1', 'pa-2', 'PÄ-3', 'PA-10'])
      // New activities get their key too.
      await client.call('activities.create', {
        organisationId: 'o1',
        activity: { reference: 'PA-9', name: 'Nine', role: 'controller' },
      })
      expect(
        (await client.call('activities.list', { organisationId: 'o1' })).map((a) => a.reference),
      ).toEqual(['PA-1', 'pa-2', 'PÄ-3', 'PA-9', 'PA-10'])

      // The query plans use the new indexes instead of sorting every activity.
      const plan = (input: object) => {
        const { page } = compileActivitySearch(backend.ctx.db, 'sqlite', activitySearchSchema.parse(input))
        return (
          sqliteHandle(backend.workspace)
            .prepare(`EXPLAIN QUERY PLAN ${page.sql}`)
            .all(...page.parameters) as { detail: string }[]
        )
          .map((r) => r.detail)
          .join('\n')
      }
      expect(plan({ organisationId: 'o1' })).toMatch(
        /USING INDEX activities_organisation_reference_key \(organisation_id=\?\)/,
      )
      expect(plan({ limit: 50 })).toMatch(/SCAN a USING INDEX activities_reference_key/)
      expect(plan({ sort: 'updatedAt', direction: 'desc', limit: 50 })).toMatch(
        /SCAN a USING INDEX activities_updated_at/,
      )
      // Counting the activities that use an entry reads the entry index alone.
      const usage = sqliteHandle(backend.workspace)
        .prepare(
          "EXPLAIN QUERY PLAN SELECT count(DISTINCT activity_id) FROM activity_data_categories WHERE data_category_id = 'd1'",
        )
        .all() as { detail: string }[]
      expect(usage.map((r) => r.detail).join('\n')).toMatch(
        /USING COVERING INDEX activity_data_categories_entry/,
      )
    } finally {
      await backend.close()
    }
  })
})
