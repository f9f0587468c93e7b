/** The interface in Finnish, in the terms of the Finnish version of the GDPR (tietosuoja-asetus). */
import type { UiMessages } from '../../en'
import { activitiesFi } from './activities'
import { appFi } from './app'
import { backupsFi } from './backups'
import { cataloguesFi } from './catalogues'
import { componentsFi } from './components'
import { dashboardFi } from './dashboard'
import { editorFi } from './editor'
import { exportsFi } from './exports'
import { historyFi } from './history'
import { historyUiFi } from './history-ui'
import { importsFi } from './imports'
import { organisationsFi } from './organisations'
import { portfolioFi } from './portfolio'
import { profileFi } from './profile'
import { registerFileFi } from './registerFile'
import { trashFi } from './trash'
import { noticesFi } from './notices'
import { noticeDraftFi } from './notice-draft'
import { teamFi } from './team'
import { libraryFi } from './library'

export const uiFi: UiMessages = {
  ...appFi,
  organisations: organisationsFi,
  activities: activitiesFi,
  history: { ...historyFi, ...historyUiFi },
  trash: trashFi,
  backups: backupsFi,
  dashboard: dashboardFi,
  portfolio: portfolioFi,
  exports: exportsFi,
  profile: profileFi,
  catalogues: cataloguesFi,
  editor: editorFi,
  registerFile: registerFileFi,
  components: componentsFi,
  imports: importsFi,
  notices: noticesFi,
  noticeDraft: noticeDraftFi,
  team: teamFi,
  library: libraryFi,
}
