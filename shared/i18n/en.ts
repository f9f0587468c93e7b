/**
 * The English catalogue: UI texts (one file per feature in ./ui), the labels of every code and heading
 * (./labels, in six languages) and the finding messages (./findings). Add a feature's texts as a file in
 * ./ui and one line here.
 */
import { findingsEn } from './findings/en'
import { labelsEn } from './labels/en'
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

export const en = {
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
  labels: labelsEn,
  findings: findingsEn,
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>
