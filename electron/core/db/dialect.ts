/**
 * Kysely's SQLite dialect, except that transactions begin IMMEDIATE: the write lock is taken at the start,
 * where SQLite's busy timeout applies. A deferred transaction that reads first and must then upgrade while
 * another program (the app, the CLI) writes gets SQLITE_BUSY at once, without waiting.
 */
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely'

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
