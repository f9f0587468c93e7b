/**
 * What a workspace with many writers needs (a team database on PostgreSQL, or several processes on one file):
 * - `change_chain_head`, one row naming the last record of the change history and its hash. Appends lock it
 *   and move it in the transaction that appends (history/mutate.ts), so concurrent writers keep one chain; the
 *   verifier compares the chain's end with it, so a removed last record is found on either engine (SQLite's
 *   `sqlite_sequence` told that before; PostgreSQL has nothing like it). On SQLite the head starts at the last
 *   id SQLite ever issued, so a record removed before this step is still reported missing.
 * On PostgreSQL only, so it behaves as a workspace file does:
 * - `export_records.snapshot_json` becomes `bytea`: it holds gzip bytes (exports/snapshot.ts), which SQLite
 *   keeps in a text column as a blob but PostgreSQL's text refuses (NUL bytes are not text);
 * - text columns other than ids get the "C" collation: SQLite orders text by its bytes and lowercases a–z
 *   only; a database created with another locale would sort references and names differently and make
 *   `lower(name)` uniqueness and the search's case rules differ. Ids are compared for equality only.
 *   Text columns that later migrations add and that are sorted or lowercased should say COLLATE "C" on
 *   PostgreSQL as well.
 * Frozen: never edit a landed migration; add a new one.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely'

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('change_chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_id', 'integer')
    .addColumn('last_hash', 'text')
    .execute()
  const last = await db
    .selectFrom('changes')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  let lastId: number | null = last?.id ?? null
  if (!isPostgres(db)) {
    const issued = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = 'changes'`.execute(
      db,
    )
    const seq = issued.rows[0]?.seq
    if (seq !== undefined && seq > (lastId ?? 0)) lastId = seq
  }
  const lastHash = last && last.id === lastId ? last.hash : null
  await db.insertInto('change_chain_head').values({ id: 1, last_id: lastId, last_hash: lastHash }).execute()

  if (isPostgres(db)) {
    await sql`ALTER TABLE export_records ALTER COLUMN snapshot_json TYPE bytea USING convert_to(snapshot_json, 'UTF8')`.execute(
      db,
    )
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type = 'text' AND table_name NOT LIKE 'kysely_%'
        AND column_name <> 'id' AND column_name NOT LIKE '%\\_id' ESCAPE '\\'
      ORDER BY table_name, column_name`.execute(db)
    for (const { table_name, column_name } of rows) {
      await sql`ALTER TABLE ${sql.table(table_name)} ALTER COLUMN ${sql.ref(column_name)} TYPE text COLLATE "C"`.execute(
        db,
      )
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('change_chain_head').execute()
}
