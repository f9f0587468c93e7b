/**
 * Inserting many rows with Kysely at the speed of prepared statements. Building and compiling a Kysely query
 * costs more than SQLite's work for a row, and an import of 400 activities writes about 9,000 rows. So rows go
 * in groups of up to 100 per INSERT, and each INSERT's SQL is compiled once per table, column list and number
 * of rows (per open workspace: the SQL is its dialect's), with placeholders that each call replaces by its
 * values; the statement cache of db/dialect.ts then spares SQLite parsing it again.
 */
import type { CompiledQuery, Insertable, Kysely, Transaction } from 'kysely'
import { CompiledCache } from './compiled-cache'
import type { Database } from './schema'

const ROWS_PER_INSERT = 100

/** A placeholder for the value at `index` of the flattened rows; Kysely passes parameter values through. */
class Slot {
  constructor(readonly index: number) {}
}

const compiled = new CompiledCache<CompiledQuery>(500)

function compile(
  db: Kysely<Database>,
  table: keyof Database,
  columns: string[],
  rows: number,
): CompiledQuery {
  return compiled.get(db, `${table}(${columns.join(',')})×${rows}`, () => {
    const values = Array.from({ length: rows }, (_, r) =>
      Object.fromEntries(columns.map((column, c) => [column, new Slot(r * columns.length + c)])),
    )
    return db
      .insertInto(table)
      .values(values as never)
      .compile()
  })
}

/**
 * Insert rows that all have the same columns (as the row builders of the services make them), in order.
 * Works inside and outside a transaction.
 */
export async function insertRows<T extends keyof Database>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0])
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const group = rows.slice(start, start + ROWS_PER_INSERT)
    const query = compile(db, table, columns, group.length)
    const values: unknown[] = []
    for (const row of group)
      for (const column of columns) values.push((row as Record<string, unknown>)[column])
    await db.executeQuery({
      ...query,
      parameters: query.parameters.map((p) => (p instanceof Slot ? values[p.index] : p)),
    })
  }
}
