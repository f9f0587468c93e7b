/** The interface in Danish, in the terms of the Danish version of the GDPR (databeskyttelsesforordningen) and Datatilsynet. */
import type { UiMessages } from '../../en'
import { activitiesDa } from './activities'
import { appDa } from './app'
import { backupsDa } from './backups'
import { cataloguesDa } from './catalogues'
import { componentsDa } from './components'
import { dashboardDa } from './dashboard'
import { editorDa } from './editor'
import { exportsDa } from './exports'
import { historyDa } from './history'
import { historyUiDa } from './history-ui'
import { importsDa } from './imports'
import { organisationsDa } from './organisations'
import { portfolioDa } from './portfolio'
import { profileDa } from './profile'
import { registerFileDa } from './registerFile'
import { trashDa } from './trash'
import { noticesDa } from './notices'
import { noticeDraftDa } from './notice-draft'
import { teamDa } from './team'
import { libraryDa } from './library'

export const uiDa: UiMessages = {
  ...appDa,
  organisations: organisationsDa,
  activities: activitiesDa,
  history: { ...historyDa, ...historyUiDa },
  trash: trashDa,
  backups: backupsDa,
  dashboard: dashboardDa,
  portfolio: portfolioDa,
  exports: exportsDa,
  profile: profileDa,
  catalogues: cataloguesDa,
  editor: editorDa,
  registerFile: registerFileDa,
  components: componentsDa,
  imports: importsDa,
  notices: noticesDa,
  noticeDraft: noticeDraftDa,
  team: teamDa,
  library: libraryDa,
}
