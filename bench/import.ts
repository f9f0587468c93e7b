/**
 * JSON import of a 400-activity register (`importRegister`: validation, one transaction, a change record per
 * entity) against raw better-sqlite3 inserts of the same rows, prepared once, in one transaction, without
 * validation or change records. Compared as activities per second; target: at least 0.5 × raw.
 */
import { sqliteHandle } from '../electron/core/db/workspace'
import { randomUUID } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import type { Backend } from '../electron/core/backend'
import { activityColumns, childRowsOf } from '../electron/core/services/activity-store'
import { TABLES } from '../electron/core/services/catalogues/kind'
import { entryColumns } from '../electron/core/services/catalogues/kinds'
import { remap } from '../electron/core/services/copy-activities'
import { profileColumns } from '../electron/core/services/organisations'
import { importRegister, parseRegister } from '../electron/core/services/register'
import type { CatalogueName } from '../shared/schemas/catalogue'
import type { RegisterDocument } from '../shared/schemas/register'
import { generateRegister } from '../tests/fixtures/generate-register'
import { line, paired, progress, timed, type BenchResult } from './lib/measure'
import { ACTIVITIES_PER_ORGANISATION } from './lib/workspace'

/** The same rows `importRegister` writes, with one prepared INSERT per table and column list. */
function rawInserter(sqlite: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>()
  const insert = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row)
    const key = `${table}(${columns.join(',')})`
    let statement = statements.get(key)
    if (!statement) {
      statement = sqlite.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      statements.set(key, statement)
    }
    statement.run(...Object.values(row))
  }
  return sqlite.transaction((doc: RegisterDocument, name: string) => {
    const at = new Date().toISOString()
    const organisationId = randomUUID()
    insert('organisations', {
      id: organisationId,
      ...profileColumns({ ...doc.organisation, name }),
      created_at: at,
      updated_at: at,
    })
    const map = {
      parties: new Map(),
      dataSubjectCategories: new Map(),
      dataCategories: new Map(),
      securityMeasures: new Map(),
    } as Record<CatalogueName, Map<string, string>>
    for (const catalogue of [
      'parties',
      'dataSubjectCategories',
      'dataCategories',
      'securityMeasures',
    ] as const) {
      for (const { id: localId, ...fields } of doc[catalogue]) {
        const id = randomUUID()
        map[catalogue].set(localId, id)
        insert(TABLES[catalogue], {
          id,
          organisation_id: organisationId,
          ...entryColumns(catalogue, fields as never),
          created_at: at,
          updated_at: at,
        })
      }
    }
    for (const { id: _local, ...fields } of doc.activities) {
      const id = randomUUID()
      const remapped = remap(fields, map)
      insert('activities', {
        id,
        organisation_id: organisationId,
        ...activityColumns(remapped),
        created_at: at,
        updated_at: at,
      })
      for (const [table, rows] of Object.entries(childRowsOf(id, remapped)))
        for (const row of rows) insert(table, row)
    }
  })
}

export async function benchImport(backend: Backend, runs: number): Promise<BenchResult[]> {
  // What `register.import` receives (the JSON already parsed); the import validates it and leaves it unchanged.
  const input = generateRegister({ activities: ACTIVITIES_PER_ORGANISATION, seed: 4242, name: 'Imported Oy' })
  // The raw inserts start from the validated document.
  const parsed = parseRegister(input)
  const raw = rawInserter(sqliteHandle(backend.ctx.storage))
  let n = 0
  const perSecond = (ms: number) => ACTIVITIES_PER_ORGANISATION / (ms / 1000)
  const m = await paired(
    runs,
    async () =>
      perSecond((await timed(() => importRegister(backend.ctx, input, { name: `Imported ${++n}` }))).ms),
    async () => perSecond((await timed(() => raw(parsed, `Raw ${++n}`))).ms),
  )
  progress(`  import ${m.value.toFixed(0)} activities/s, raw inserts ${m.baseline.toFixed(0)} activities/s`)
  return [
    line(`import: JSON register of ${ACTIVITIES_PER_ORGANISATION} activities`, m.value, 'activities/s', {
      baseline: m.baseline,
      target: 0.5,
      better: 'higher',
    }),
  ]
}
