/**
 * Compiled queries kept by their shape, for code that builds the same query many times (multi-row inserts,
 * the activity search). A compiled query is the SQL of one dialect (SQLite's `?`, PostgreSQL's `$1`), so the
 * cache is kept per open workspace — per Kysely adapter, which its transactions share — never across them:
 * `ropa copy` and the tests have a SQLite and a PostgreSQL workspace open at once.
 */
import type { Kysely } from 'kysely'

export class CompiledCache<T> {
  private readonly perDatabase = new WeakMap<object, Map<string, T>>()

  constructor(private readonly size: number) {}

  /** The entry for `key` on this database, built once; the oldest entry goes beyond `size`. */
  get(db: Kysely<any>, key: string, build: () => T): T {
    const adapter = db.getExecutor().adapter
    let entries = this.perDatabase.get(adapter)
    if (!entries) this.perDatabase.set(adapter, (entries = new Map()))
    let entry = entries.get(key)
    if (entry === undefined) {
      entry = build()
      if (entries.size >= this.size) entries.delete(entries.keys().next().value!)
      entries.set(key, entry)
    }
    return entry
  }
}
