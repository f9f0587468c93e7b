/**
 * Every migration, registered by static import (no folder scanning, so bundles and packaged apps work).
 * Names sort in the order they must run; Kysely refuses a database that ran one this list lacks.
 */
import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_full_register'
import * as m0003 from './0003_settings'
import * as m0004 from './0004_export_records'
import * as m0005 from './0005_change_chain'
import * as m0006 from './0006_import_mappings'
import * as m0007 from './0007_search_indexes'
import * as m0009 from './0009_library'
import * as m0011 from './0011_notice_records'
import * as m0012 from './0012_team_database'
import * as m0013 from './0013_activity_references'
import * as m0014 from './0014_category_retention_default'

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_full_register': m0002,
  '0003_settings': m0003,
  '0004_export_records': m0004,
  '0005_change_chain': m0005,
  '0006_import_mappings': m0006,
  '0007_search_indexes': m0007,
  '0009_library': m0009,
  '0011_notice_records': m0011,
  '0012_team_database': m0012,
  '0013_activity_references': m0013,
  '0014_category_retention_default': m0014,
}

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly list: Record<string, Migration> = migrations) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return this.list
  }
}
