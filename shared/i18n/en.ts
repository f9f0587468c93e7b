/**
 * The English catalogue: UI texts (one file per feature in ./ui), the labels of every code and heading
 * (./labels, in six languages) and the finding messages (./findings). Add a feature's texts as a file in
 * ./ui and one line here.
 */
import { findingsEn } from './findings/en'
import { labelsEn } from './labels/en'
import { activitiesMessages } from './ui/activities'
import { appMessages } from './ui/app'
import { exportsMessages } from './ui/exports'
import { organisationsMessages } from './ui/organisations'

export const en = {
  ...appMessages,
  organisations: organisationsMessages,
  activities: activitiesMessages,
  exports: exportsMessages,
  labels: labelsEn,
  findings: findingsEn,
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>
