/**
 * SQL run on a workspace behind ROPA's back, as someone with a database tool could (a file's SQLite shell,
 * a team database's psql): for tests that tamper with the history or look at rows the API does not show.
 * The location is a test workspace's `file` (a path, or a postgres:// URL in the postgres project).
 */
import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import { isDatabaseUrl } from '../../electron/core/db/location'

/** Run statements (several, separated by semicolons) and return the rows of the last one. */
export async function rawSql<T = Record<string, unknown>>(
  location: string,
  statements: string,
): Promise<T[]> {
  if (isDatabaseUrl(location)) {
    const client = new pg.Client({ connectionString: location })
    await client.connect()
    try {
      const result = await client.query(statements)
      const last = Array.isArray(result) ? result[result.length - 1] : result
      // Counts come as strings from pg; tests compare numbers, as SQLite gives them.
      return last.rows.map((row: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [
            k,
            typeof v === 'string' &&
            /^\d+$/.test(v) &&
            last.fields.find((f: pg.FieldDef) => f.name === k)?.dataTypeID === 20
              ? Number(v)
              : v,
          ]),
        ),
      ) as T[]
    } finally {
      await client.end()
    }
  }
  const db = new BetterSqlite3(location)
  try {
    let statement
    try {
      statement = db.prepare(statements)
    } catch (error) {
      // Several statements: run them all (they return no rows).
      if (!(error instanceof RangeError)) throw error
      db.exec(statements)
      return []
    }
    if (statement.reader) return statement.all() as T[]
    statement.run()
    return []
  } finally {
    db.close()
  }
}

/** The single value of a one-row, one-column query (`SELECT count(*) FROM …`). */
export async function rawValue<T = unknown>(location: string, query: string): Promise<T> {
  const [row] = await rawSql(location, query)
  return Object.values(row ?? {})[0] as T
}
