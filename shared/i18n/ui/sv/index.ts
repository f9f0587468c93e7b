/** The interface in Swedish, in the terms of the Swedish version of the GDPR (dataskyddsförordningen) and IMY. */
import type { UiMessages } from '../../en'
import { activitiesSv } from './activities'
import { appSv } from './app'
import { backupsSv } from './backups'
import { cataloguesSv } from './catalogues'
import { componentsSv } from './components'
import { dashboardSv } from './dashboard'
import { editorSv } from './editor'
import { exportsSv } from './exports'
import { historySv } from './history'
import { historyUiSv } from './history-ui'
import { importsSv } from './imports'
import { organisationsSv } from './organisations'
import { portfolioSv } from './portfolio'
import { profileSv } from './profile'
import { registerFileSv } from './registerFile'
import { trashSv } from './trash'
import { noticesSv } from './notices'
import { noticeDraftSv } from './notice-draft'
import { teamSv } from './team'
import { librarySv } from './library'

export const uiSv: UiMessages = {
  ...appSv,
  organisations: organisationsSv,
  activities: activitiesSv,
  history: { ...historySv, ...historyUiSv },
  trash: trashSv,
  backups: backupsSv,
  dashboard: dashboardSv,
  portfolio: portfolioSv,
  exports: exportsSv,
  profile: profileSv,
  catalogues: cataloguesSv,
  editor: editorSv,
  registerFile: registerFileSv,
  components: componentsSv,
  imports: importsSv,
  notices: noticesSv,
  noticeDraft: noticeDraftSv,
  team: teamSv,
  library: librarySv,
}
