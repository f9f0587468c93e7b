/**
 * The English catalogue: UI texts (one file per feature in ./ui), the labels of every code and heading
 * (./labels, in six languages) and the finding messages (./findings). English is the source every other
 * language is typed against: the UI's other five languages are in ./ui/<language>/, one file per feature
 * with the English file's name, so a key added here and missing there is a compile error. Add a feature's
 * texts as a file in ./ui (and in each ./ui/<language>/) and one line here and in each ./ui/<language>/index.ts.
 */
import { findingsEn } from './findings/en'
import { labelsEn } from './labels/en'
import type { Translation } from './ui/translation'
import { activitiesMessages } from './ui/activities'
import { appMessages } from './ui/app'
import { historyMessages } from './ui/history'
import { historyUiMessages } from './ui/history-ui'
import { trashMessages } from './ui/trash'
import { backupsMessages } from './ui/backups'
import { dashboardMessages } from './ui/dashboard'
import { exportsMessages } from './ui/exports'
import { importsMessages } from './ui/imports'
import { organisationsMessages } from './ui/organisations'
import { portfolioMessages } from './ui/portfolio'
import { cataloguesMessages } from './ui/catalogues'
import { componentsMessages } from './ui/components'
import { editorMessages } from './ui/editor'
import { profileMessages } from './ui/profile'
import { registerFileMessages } from './ui/registerFile'
import { noticesMessages } from './ui/notices'
import { noticeDraftMessages } from './ui/notice-draft'
import { teamMessages } from './ui/team'
import { libraryMessages } from './ui/library'

/** The interface's own texts, without the export labels and finding messages (which ./labels and ./findings hold). */
export const uiEn = {
  ...appMessages,
  organisations: organisationsMessages,
  activities: activitiesMessages,
  history: { ...historyMessages, ...historyUiMessages },
  trash: trashMessages,
  backups: backupsMessages,
  dashboard: dashboardMessages,
  portfolio: portfolioMessages,
  exports: exportsMessages,
  profile: profileMessages,
  catalogues: cataloguesMessages,
  editor: editorMessages,
  registerFile: registerFileMessages,
  components: componentsMessages,
  imports: importsMessages,
  notices: noticesMessages,
  noticeDraft: noticeDraftMessages,
  team: teamMessages,
  library: libraryMessages,
}

export const en = { ...uiEn, labels: labelsEn, findings: findingsEn }

export type Messages = Translation<typeof en>
/** What each language's ./ui/<language>/index.ts must provide: every UI text English has. */
export type UiMessages = Translation<typeof uiEn>
