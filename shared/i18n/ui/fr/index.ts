/** The interface in French, in the terms of the French version of the GDPR (RGPD) and the CNIL. */
import type { UiMessages } from '../../en'
import { activitiesFr } from './activities'
import { appFr } from './app'
import { backupsFr } from './backups'
import { cataloguesFr } from './catalogues'
import { componentsFr } from './components'
import { dashboardFr } from './dashboard'
import { editorFr } from './editor'
import { exportsFr } from './exports'
import { historyFr } from './history'
import { historyUiFr } from './history-ui'
import { importsFr } from './imports'
import { organisationsFr } from './organisations'
import { portfolioFr } from './portfolio'
import { profileFr } from './profile'
import { registerFileFr } from './registerFile'
import { trashFr } from './trash'
import { noticesFr } from './notices'
import { noticeDraftFr } from './notice-draft'
import { teamFr } from './team'
import { libraryFr } from './library'

export const uiFr: UiMessages = {
  ...appFr,
  organisations: organisationsFr,
  activities: activitiesFr,
  history: { ...historyFr, ...historyUiFr },
  trash: trashFr,
  backups: backupsFr,
  dashboard: dashboardFr,
  portfolio: portfolioFr,
  exports: exportsFr,
  profile: profileFr,
  catalogues: cataloguesFr,
  editor: editorFr,
  registerFile: registerFileFr,
  components: componentsFr,
  imports: importsFr,
  notices: noticesFr,
  noticeDraft: noticeDraftFr,
  team: teamFr,
  library: libraryFr,
}
