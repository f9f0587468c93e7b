/**
 * Real workspaces on real temporary files, one folder per test, removed afterwards; in the `postgres` vitest
 * project (helpers/engine.ts), a workspace asked for without a file is a fresh team database instead.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend, type Backend, type BackendOptions } from '../../electron/core/backend'
import { createClient, type Client } from '../../shared/api/client'
import { createTestDatabase, dropTestDatabases, TEST_ENGINE } from './engine'

const folders: string[] = []
const backends: Backend[] = []

/**
 * Closes the backends and removes the folders of the test that just ran. tests/setup.ts calls it after every
 * test of every file: a hook registered here would only serve the first file of a worker that shares modules.
 */
export async function cleanUpWorkspaces(): Promise<void> {
  for (const backend of backends.splice(0)) await backend.close().catch(() => {})
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
  await dropTestDatabases()
}

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-test-'))
  folders.push(dir)
  return dir
}

export function tempWorkspacePath(): string {
  return path.join(tempDir(), 'workspace.sqlite')
}

export interface TestWorkspace {
  backend: Backend
  client: Client
  /** The workspace's file, or in the postgres project the URL of its database (what `--db` takes). */
  file: string
}

/** Where a test's new workspace goes: a temporary file, or a new database when the suite runs on PostgreSQL. */
export async function newWorkspaceLocation(): Promise<string> {
  return TEST_ENGINE === 'postgres' ? createTestDatabase() : tempWorkspacePath()
}

/** A backend on a fresh workspace (or the given file or URL), checking every output against the contract. */
export async function openTestWorkspace(
  location?: string,
  options: BackendOptions = {},
): Promise<TestWorkspace> {
  const file = location ?? (await newWorkspaceLocation())
  const backend = await openBackend(file, {
    actor: 'tester',
    checkOutput: true,
    logError: () => {},
    ...options,
  })
  backends.push(backend)
  return { backend, client: createClient(backend.dispatch), file }
}

export async function closeTestWorkspace(ws: TestWorkspace): Promise<void> {
  await ws.backend.close()
  backends.splice(backends.indexOf(ws.backend), 1)
}

/** Overwrites three pages in the middle of a workspace with random bytes: damaged, but the same size. */
export function damageWorkspace(file: string): void {
  const pageSize = 4096
  const pages = Math.floor(fs.statSync(file).size / pageSize)
  const fd = fs.openSync(file, 'r+')
  try {
    for (const page of [Math.floor(pages / 3), Math.floor(pages / 2), Math.floor(pages / 2) + 1])
      fs.writeSync(fd, crypto.randomBytes(pageSize), 0, pageSize, page * pageSize)
  } finally {
    fs.closeSync(fd)
  }
}

/** A folder's files with their sizes and SHA-256, to compare before and after (sidecar files included). */
export function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name)
    const stat = fs.statSync(file)
    out[name] = stat.isDirectory()
      ? 'folder'
      : `${stat.size} ${crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`
  }
  return out
}

/** How many change records the workspace holds (through Kysely, so on either engine). */
export async function countChanges(backend: Backend): Promise<number> {
  const row = await backend.ctx.db
    .selectFrom('changes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
