/** The interface in German, in the terms of the German version of the GDPR (DSGVO) and the DSK. */
import type { UiMessages } from '../../en'
import { activitiesDe } from './activities'
import { appDe } from './app'
import { backupsDe } from './backups'
import { cataloguesDe } from './catalogues'
import { componentsDe } from './components'
import { dashboardDe } from './dashboard'
import { editorDe } from './editor'
import { exportsDe } from './exports'
import { historyDe } from './history'
import { historyUiDe } from './history-ui'
import { importsDe } from './imports'
import { organisationsDe } from './organisations'
import { portfolioDe } from './portfolio'
import { profileDe } from './profile'
import { registerFileDe } from './registerFile'
import { trashDe } from './trash'
import { noticesDe } from './notices'
import { noticeDraftDe } from './notice-draft'
import { teamDe } from './team'
import { libraryDe } from './library'

export const uiDe: UiMessages = {
  ...appDe,
  organisations: organisationsDe,
  activities: activitiesDe,
  history: { ...historyDe, ...historyUiDe },
  trash: trashDe,
  backups: backupsDe,
  dashboard: dashboardDe,
  portfolio: portfolioDe,
  exports: exportsDe,
  profile: profileDe,
  catalogues: cataloguesDe,
  editor: editorDe,
  registerFile: registerFileDe,
  components: componentsDe,
  imports: importsDe,
  notices: noticesDe,
  noticeDraft: noticeDraftDe,
  team: teamDe,
  library: libraryDe,
}
