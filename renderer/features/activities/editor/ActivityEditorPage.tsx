/**
 * Create or edit one processing activity: loads the activity, its organisation and the catalogues the checks
 * need, then hands them to the form (./ActivityForm), started again when an earlier version is restored.
 */
import { Center, Loader } from '@mantine/core'
import { useState } from 'react'
import type { Activity, ActivityFields } from '../../../../shared/schemas/activity'
import { defaultReferencePrefix, referenceNumbering } from '../../../../shared/references'
import { useApi } from '../../../api/hooks'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useCatalogueList } from '../../catalogues/catalogue-api'
import { ActivityForm } from './ActivityForm'
import { emptyActivity } from './form-values'

interface Props {
  organisationId: string
  activityId: string | null
}

export function ActivityEditorPage({ organisationId, activityId }: Props) {
  const existing = useApi('activities.get', { id: activityId ?? '' }, { enabled: activityId !== null })
  const organisation = useApi('organisations.get', { id: organisationId })
  // A new activity starts numbered after the organisation's own (PA-05 after PA-04); the user may change it.
  const siblings = useApi('activities.list', { organisationId }, { enabled: activityId === null })
  const parties = useCatalogueList('parties', organisationId)
  const dataCategories = useCatalogueList('dataCategories', organisationId)
  // Bumped after an earlier version is restored: the form starts again from the reloaded activity.
  const [revision, setRevision] = useState(0)
  const error = (activityId !== null && existing.error) || organisation.error
  if (error) return <ErrorAlert error={error} />
  if ((activityId !== null ? existing.isPending : siblings.isPending) || organisation.isPending) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    )
  }
  const initial: ActivityFields = existing.data
    ? withoutIdentity(existing.data)
    : {
        ...emptyActivity(),
        reference: referenceNumbering((siblings.data ?? []).map((a) => a.reference))(
          defaultReferencePrefix('controller'),
        ),
      }
  return (
    <ActivityForm
      key={`${activityId ?? 'new'}:${revision}`}
      organisationId={organisationId}
      activityId={activityId}
      initial={initial}
      initialUpdatedAt={existing.data?.updatedAt ?? null}
      onRestored={() => setRevision((r) => r + 1)}
      onReload={() => void existing.refetch().then(() => setRevision((r) => r + 1))}
      organisation={organisation.data}
      parties={parties.data ?? null}
      dataCategories={dataCategories.data ?? null}
    />
  )
}

function withoutIdentity(activity: Activity): ActivityFields {
  const { id: _id, organisationId: _org, createdAt: _c, updatedAt: _u, ...fields } = activity
  return fields
}
