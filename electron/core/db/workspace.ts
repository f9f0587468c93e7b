/** Opens the workspace a location names: a SQLite file or a PostgreSQL team database (db/location.ts). */
import { openWorkspace, type OpenOptions, type SqliteWorkspace } from './open'
import { openPostgresWorkspace, type PostgresOpenOptions, type PostgresWorkspace } from './postgres'
import { workspaceLocation, type WorkspaceLocation } from './location'

export type Workspace = SqliteWorkspace | PostgresWorkspace

export type StorageOptions = OpenOptions & PostgresOpenOptions

/** Open a file path, a `postgres://` URL or an already classified location. */
export function openStorage(
  location: string | WorkspaceLocation,
  options: StorageOptions = {},
): Promise<Workspace> {
  const where = typeof location === 'string' ? workspaceLocation(location) : location
  return where.kind === 'postgres'
    ? openPostgresWorkspace(where.url, options)
    : openWorkspace(where.path, options)
}

/** The raw SQLite handle of a workspace file, for what only SQLite has; a team database has none. */
export function sqliteHandle(workspace: Workspace): SqliteWorkspace['sqlite'] {
  if (workspace.engine !== 'sqlite')
    throw new Error('This needs a workspace file (SQLite); the open workspace is a team database.')
  return workspace.sqlite
}
