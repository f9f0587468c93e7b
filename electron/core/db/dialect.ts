/**
 * Kysely's SQLite dialect, except that transactions begin IMMEDIATE: the write lock is taken at the start,
 * where SQLite's busy timeout applies. A deferred transaction that reads first and must then upgrade while
 * another program (the app, the CLI) writes gets SQLITE_BUSY at once, without waiting.
 */
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely'

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config)
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config)
  }
}

/**
 * The connection as Kysely sees it, keeping the statements it prepares. Kysely prepares every query it runs,
 * and SQLite's parser and planner then cost more than the work for a small query (a tenth of an import's
 * time was spent in `prepare`). Statements are kept by their SQL text, the least recently used one dropped
 * beyond `size`. Safe because the driver runs one statement at a time on its single connection, and SQLite
 * prepares a kept statement again by itself when a migration changes the schema.
 */
export function withStatementCache(sqlite: SqliteDatabase, size = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>()
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = cache.get(sql)
      if (statement) {
        cache.delete(sql)
      } else {
        statement = sqlite.prepare(sql)
        if (cache.size >= size) cache.delete(cache.keys().next().value!)
      }
      cache.set(sql, statement)
      return statement
    },
  }
}
