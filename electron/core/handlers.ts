/** Every feature's handlers in one map; the type demands exactly one handler per contract method. */
import type { MethodName } from '../../shared/api'
import type { Handlers } from './handler'
import { appHandlers } from './services/app'
import { organisationHandlers } from './services/organisations'
import { catalogueHandlers } from './services/catalogues/handlers'
import { activityHandlers } from './services/activity-handlers'
import { activityBulkHandlers } from './services/activity-bulk'
import { registerHandlers } from './services/register'
import { checkHandlers } from './services/checks'
import { settingsHandlers } from './services/settings'
import { historyHandlers } from './services/history'
import { backupHandlers } from './services/backups'
import { exportHandlers } from './services/exports'
import { hostHandlers } from './services/host'
import { teamDatabaseHandlers } from './services/team-database'
import { importHandlers } from './services/imports'
import { noticeHandlers } from './services/notices'
import { noticeWriterHandlers } from './services/notice-writer'
import { libraryHandlers } from './services/library'

export const handlers: Handlers<MethodName> = {
  ...appHandlers,
  ...organisationHandlers,
  ...catalogueHandlers,
  ...activityHandlers,
  ...activityBulkHandlers,
  ...registerHandlers,
  ...checkHandlers,
  ...settingsHandlers,
  ...historyHandlers,
  ...backupHandlers,
  ...exportHandlers,
  ...hostHandlers,
  ...teamDatabaseHandlers,
  ...importHandlers,
  ...noticeHandlers,
  ...noticeWriterHandlers,
  ...libraryHandlers,
}
