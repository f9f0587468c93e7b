/**
 * What the editor does with an activity: save it (create or update, showing the backend's refusals at their
 * fields, and opening the section of the first field the form itself refuses), delete it after asking, and
 * duplicate it. Each leaves or stays on the page as the user expects.
 */
import { modals } from '@mantine/modals'
import { Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ApiCallError } from '../../../../shared/api/client'
import type { ActivityFields } from '../../../../shared/schemas/activity'
import { useApiMutation } from '../../../api/hooks'
import { paths } from '../../../app/paths'
import { issuesToFormErrors } from '../../../components/form-errors'
import { notifyError, notifySuccess } from '../../../components/notify'
import { toSaved } from './form-values'
import { isStaleEdit } from './StaleEditAlert'
import type { ActivityForm } from './types'

/** What a change to an activity may change elsewhere: lists, counts, checks, the register and catalogue usage. */
const AFFECTED = [
  'activities',
  'organisations',
  'checks',
  'register',
  'parties',
  'dataSubjectCategories',
  'dataCategories',
  'securityMeasures',
]

interface Options {
  organisationId: string
  activityId: string | null
  initial: ActivityFields
  /** The saved version the form started from: a save names it, so one overtaken by another user's is refused. */
  initialUpdatedAt: string | null
  form: ActivityForm
  /** Show the field the form refuses: open its section and focus it. */
  showField(path: string): void
  leave(go: () => void): void
  leaveWithoutAsking(go: () => void): void
}

export function useActivityActions({
  organisationId,
  activityId,
  initial,
  initialUpdatedAt,
  form,
  showField,
  leave,
  leaveWithoutAsking,
}: Options) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const create = useApiMutation('activities.create', AFFECTED)
  // The editor already holds what it saved: it says so when the write is done, and the lists, findings and
  // counts it invalidated refresh behind it (awaiting them made a save take several times its request).
  const update = useApiMutation('activities.update', AFFECTED, { refreshInBackground: true })
  // Deleted: leave at once. Awaiting the refresh would refetch this very activity, whose 'not found' replaces
  // the form before it can navigate away (callbacks of a form no longer mounted never run).
  const remove = useApiMutation('activities.delete', AFFECTED, { refreshInBackground: true })
  const duplicate = useApiMutation('activities.duplicate', [
    'activities',
    'organisations',
    'checks',
    'register',
  ])
  const [failure, setFailure] = useState<unknown>(null)
  const [basedOn, setBasedOn] = useState(initialUpdatedAt)
  const [stale, setStale] = useState(false)
  const listPath = paths.activities(organisationId)

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null)
      const activity = toSaved(values)
      try {
        if (activityId) {
          const saved = await update.mutateAsync({ id: activityId, activity, expectedUpdatedAt: basedOn })
          setBasedOn(saved.updatedAt)
          form.setValues(activity)
          form.resetDirty(activity)
          notifySuccess(t('activities.saved'))
        } else {
          const created = await create.mutateAsync({ organisationId, activity })
          notifySuccess(t('activities.created'))
          leaveWithoutAsking(() => navigate(paths.activity(organisationId, created.id), { replace: true }))
        }
      } catch (error) {
        if (isStaleEdit(error)) setStale(true)
        else if (error instanceof ApiCallError && error.issues.length)
          form.setErrors(issuesToFormErrors(error.issues, 'activity'))
        else setFailure(error)
      }
    },
    (errors) => {
      // Open and show the first field the form refuses, so Enter never fails silently.
      const first = Object.keys(errors)[0]
      if (first) showField(first)
    },
  )

  const cancel = () => leave(() => navigate(listPath))

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('activities.deleteTitle', { reference: initial.reference, name: initial.name }),
      children: <Text size="sm">{t('activities.deleteBody')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      centered: true,
      onConfirm: () =>
        void remove.mutateAsync({ id: activityId! }).then(
          () => {
            notifySuccess(t('common.deleted'))
            leaveWithoutAsking(() => navigate(listPath))
          },
          (error: unknown) => notifyError(error),
        ),
    })

  const runDuplicate = () =>
    leave(() =>
      duplicate.mutate(
        { id: activityId! },
        {
          onSuccess: (copy) => {
            notifySuccess(t('editor.duplicated', { reference: copy.reference }))
            leaveWithoutAsking(() => navigate(paths.activity(organisationId, copy.id)))
          },
          onError: (error) => notifyError(error),
        },
      ),
    )

  return { submit, cancel, confirmDelete, runDuplicate, failure, stale }
}
