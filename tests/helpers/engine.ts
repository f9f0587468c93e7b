/**
 * Which engine the suites run on: the `sqlite` vitest project (the default) or the `postgres` one
 * (vitest.config.ts), which runs the service and CLI suites again against a team database. A test's
 * workspace is a fresh database of the throwaway server, dropped afterwards.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

export type TestEngine = 'sqlite' | 'postgres'

export const TEST_ENGINE: TestEngine = process.env.ROPA_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite'

const created: string[] = []

function adminUrl(): string {
  const url = inject('postgresAdminUrl')
  if (!url)
    throw new Error(
      'The postgres project runs without its server (tests/helpers/postgres-setup.ts did not provide one).',
    )
  return url
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** A new, empty database on the test server, dropped after the test; its URL (no password: the server trusts 127.0.0.1). */
export async function createTestDatabase(): Promise<string> {
  const name = `ropa_test_${randomBytes(6).toString('hex')}`
  await admin((client) => client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`))
  created.push(name)
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  return url.toString()
}

/** Run SQL as the server's administrator (roles and grants for the tests of who acts). */
export function asAdministrator<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  return admin(run)
}

/** Drop the databases the test made (tests/setup.ts, through cleanUpWorkspaces, after every test). */
export async function dropTestDatabases(): Promise<void> {
  if (created.length === 0) return
  const names = created.splice(0)
  await admin(async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  })
}
