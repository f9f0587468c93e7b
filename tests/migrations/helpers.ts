/** Migration tests: build a workspace at an older migration, put rows in, then migrate on. */
import { migrations } from '../../migrations'
import { openWorkspace, type SqliteWorkspace } from '../../electron/core/db/open'

/** The known migrations up to and including `name`. */
export function migrationsUpTo(name: string): typeof migrations {
  const names = Object.keys(migrations).sort()
  const end = names.indexOf(name)
  if (end < 0) throw new Error(`unknown migration ${name}`)
  return Object.fromEntries(names.slice(0, end + 1).map((n) => [n, migrations[n]]))
}

export function openAt(file: string, name: string): Promise<SqliteWorkspace> {
  return openWorkspace(file, { migrations: migrationsUpTo(name) })
}

/** The migration that runs just before `name`. */
export function migrationBefore(name: string): string {
  const names = Object.keys(migrations).sort()
  const at = names.indexOf(name)
  if (at < 1) throw new Error(`no migration before ${name}`)
  return names[at - 1]
}
