import { sqliteHandle } from '../../electron/core/db/workspace'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { createClient } from '../../shared/api/client'
import { tempWorkspacePath } from '../helpers/workspace'
import { migrationBefore, openAt } from './helpers'

describe('migration 0009_library', () => {
  it('gives existing parties empty transfer facts, keeps their register intact, and adds the workspace library', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, migrationBefore('0009_library'))
    const run = (statement: string, ...values: unknown[]) => old.sqlite.prepare(statement).run(...values)
    run(
      "INSERT INTO organisations (id, name, country, language, created_at, updated_at) VALUES ('o1', 'Acme Oy', 'FI', 'fi', 't', 't')",
    )
    run(
      "INSERT INTO parties (id, organisation_id, name, kind, country, dpf_certified, dpa_reference, created_at, updated_at) VALUES ('p1', 'o1', 'CloudCo Inc.', 'processor', 'US', 1, 'MSA §12', 't', 't')",
    )
    run(
      "INSERT INTO data_subject_categories (id, organisation_id, name, vulnerable, created_at, updated_at) VALUES ('s1', 'o1', 'Employees', 1, 't', 't')",
    )
    run(
      "INSERT INTO data_categories (id, organisation_id, name, special, created_at, updated_at) VALUES ('d1', 'o1', 'Contact details', 'none', 't', 't')",
    )
    run(
      "INSERT INTO security_measures (id, organisation_id, name, kind, created_at, updated_at) VALUES ('m1', 'o1', 'Access control', 'access_control', 't', 't')",
    )
    run(
      "INSERT INTO activities (id, organisation_id, reference, reference_key, name, role, status, dpia_status, dpia_criteria, systems, automated_decision_making, created_at, updated_at) VALUES ('a1', 'o1', 'PA-01', 'pa-0101', 'Payroll', 'controller', 'active', 'not_assessed', '[]', '[]', 0, 't', 't')",
    )
    run(
      "INSERT INTO activity_purposes (activity_id, position, description, legal_basis) VALUES ('a1', 0, 'Paying salaries', '6_1_b')",
    )
    run(
      "INSERT INTO activity_data_subjects (activity_id, position, data_subject_category_id) VALUES ('a1', 0, 's1')",
    )
    run(
      "INSERT INTO activity_data_categories (activity_id, position, data_category_id, retention) VALUES ('a1', 0, 'd1', '6 years')",
    )
    run("INSERT INTO activity_recipients (activity_id, position, party_id) VALUES ('a1', 0, 'p1')")
    run(
      "INSERT INTO activity_transfers (activity_id, position, party_id, country, mechanism, scc_module, transfer_impact_assessment) VALUES ('a1', 0, 'p1', 'US', 'A46_2_c', NULL, 0)",
    )
    run(
      "INSERT INTO activity_security_measures (activity_id, position, security_measure_id) VALUES ('a1', 0, 'm1')",
    )
    await old.close()

    const backend = await openBackend(file, { checkOutput: true })
    try {
      // The workspace was copied aside before it was changed.
      expect(
        sqliteHandle(backend.workspace)
          .prepare('SELECT name FROM kysely_migration ORDER BY name')
          .pluck()
          .all(),
      ).toContain('0009_library')
      expect(
        fs
          .readdirSync(path.dirname(file))
          .some((f) => f !== path.basename(file) && f.includes('workspace') && f.endsWith('.sqlite')),
      ).toBe(true)

      const client = createClient(backend.dispatch)
      const [party] = await client.call('parties.list', { organisationId: 'o1' })
      expect(party).toMatchObject({
        name: 'CloudCo Inc.',
        dpfCertified: true,
        dpaReference: 'MSA §12',
        transferMechanism: null,
        sccModule: null,
        transferImpactAssessment: false,
        dpfCheckedOn: null,
        libraryVendorId: null,
        activityCount: 1,
      })

      // The register exports as before, now with the party's facts, and the SCC findings are those of the transfer.
      const doc = await client.call('register.export', { organisationId: 'o1' })
      expect(doc.activities[0].transfers[0]).toMatchObject({ country: 'US', mechanism: 'A46_2_c' })
      const before = await client.call('checks.organisation', { organisationId: 'o1' })
      expect(before.findings.map((f) => f.code)).toEqual(
        expect.arrayContaining(['SCC_NO_MODULE', 'SCC_NO_TIA']),
      )

      // Recording the contract's module and the assessment once on the party answers both.
      const { id, organisationId: _o, activityCount: _n, ...fields } = party
      const updated = await client.call('parties.update', {
        id,
        entry: {
          ...fields,
          transferMechanism: 'A46_2_c',
          sccModule: 2,
          transferImpactAssessment: true,
          dpfCheckedOn: '2026-11-30',
          libraryVendorId: 'aws',
        },
      })
      expect(updated).toMatchObject({
        transferMechanism: 'A46_2_c',
        sccModule: 2,
        transferImpactAssessment: true,
        dpfCheckedOn: '2026-11-30',
        libraryVendorId: 'aws',
      })
      const after = await client.call('checks.organisation', { organisationId: 'o1' })
      expect(after.findings.map((f) => f.code)).not.toEqual(expect.arrayContaining(['SCC_NO_MODULE']))
      expect(after.findings.map((f) => f.code)).not.toContain('SCC_NO_TIA')
      expect((await client.call('register.export', { organisationId: 'o1' })).parties[0]).toMatchObject({
        sccModule: 2,
        libraryVendorId: 'aws',
      })

      // The library tables are there; deleting a library entry forgets the link of the copies, not the copies.
      const sqlite = sqliteHandle(backend.workspace)
      sqlite
        .prepare(
          "INSERT INTO library_entries (id, catalogue, name, fields_json, created_at, updated_at) VALUES ('l1', 'dataCategories', 'Contact details', '{}', 't', 't')",
        )
        .run()
      sqlite.prepare("UPDATE data_categories SET library_entry_id = 'l1' WHERE id = 'd1'").run()
      sqlite.prepare("DELETE FROM library_entries WHERE id = 'l1'").run()
      expect(
        sqlite.prepare("SELECT name, library_entry_id FROM data_categories WHERE id = 'd1'").get(),
      ).toEqual({ name: 'Contact details', library_entry_id: null })
      for (const table of ['library_vendors', 'library_templates'])
        expect(sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0)
    } finally {
      await backend.close()
    }
  })
})
