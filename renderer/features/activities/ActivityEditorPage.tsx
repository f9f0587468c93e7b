/** Create or edit one processing activity. Checked with the backend's own schema before saving. */
import { ActionIcon, Button, Card, Center, Group, Loader, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { modals } from '@mantine/modals'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ApiCallError } from '../../../shared/api/client'
import { activityFieldsSchema, type ActivityFields } from '../../../shared/schemas/activity'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { issuesToFormErrors } from '../../components/form-errors'
import { notifyError, notifySuccess } from '../../components/notify'
import { legalBasisOptions, roleOptions, statusOptions } from './labels'

const EMPTY: ActivityFields = activityFieldsSchema.parse({ reference: 'x', name: 'x', role: 'controller', purposes: [{ description: 'x' }] })
EMPTY.purposes[0].description = ''
EMPTY.reference = ''
EMPTY.name = ''

interface Props {
  organisationId: string
  activityId: string | null
}

export function ActivityEditorPage({ organisationId, activityId }: Props) {
  const existing = useApi('activities.get', { id: activityId ?? '' }, { enabled: activityId !== null })
  if (activityId !== null && existing.isPending) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    )
  }
  if (activityId !== null && existing.isError) return <ErrorAlert error={existing.error} />
  const { id: _id, organisationId: _org, createdAt: _c, updatedAt: _u, ...fields } = existing.data ?? { ...EMPTY, id: '', organisationId: '', createdAt: '', updatedAt: '' }
  return <ActivityForm key={activityId ?? 'new'} organisationId={organisationId} activityId={activityId} initial={fields} />
}

function ActivityForm({ organisationId, activityId, initial }: Props & { initial: ActivityFields }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const create = useApiMutation('activities.create', ['activities', 'organisations'])
  const update = useApiMutation('activities.update', ['activities', 'organisations'])
  const remove = useApiMutation('activities.delete', ['activities', 'organisations'])
  const form = useForm<ActivityFields>({ initialValues: initial, validate: schemaResolver(activityFieldsSchema, { sync: true }) })
  const listPath = `/orgs/${organisationId}/activities`
  const isProcessor = form.values.role === 'processor'

  const submit = form.onSubmit(async (values) => {
    const activity = { ...values, purposes: values.purposes.map((p) => ({ ...p, legalBasis: values.role === 'processor' ? null : p.legalBasis })) }
    try {
      if (activityId) {
        await update.mutateAsync({ id: activityId, activity })
        notifySuccess(t('activities.saved'))
        form.resetDirty(activity)
      } else {
        const created = await create.mutateAsync({ organisationId, activity })
        notifySuccess(t('activities.created'))
        navigate(`${listPath}/${created.id}`, { replace: true })
      }
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length) form.setErrors(issuesToFormErrors(error.issues, 'activity'))
      else notifyError(error)
    }
  })

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('activities.deleteTitle', { reference: initial.reference, name: initial.name }),
      children: <Text size="sm">{t('activities.deleteBody')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: activityId! },
          { onSuccess: () => (notifySuccess(t('common.deleted')), navigate(listPath)), onError: notifyError },
        ),
    })

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={880}>
        <Group justify="space-between">
          <Title order={2}>{activityId ? t('activities.editTitle', { reference: initial.reference }) : t('activities.newTitle')}</Title>
          <Group>
            {activityId && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={confirmDelete}>
                {t('common.delete')}
              </Button>
            )}
            <Button variant="default" onClick={() => navigate(listPath)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={create.error && !(create.error instanceof ApiCallError && create.error.issues.length) ? create.error : null} />

        <Card withBorder>
          <Stack>
            <Group grow align="flex-start">
              <TextInput label={t('activities.reference')} placeholder={t('activities.referencePlaceholder')} required data-autofocus {...form.getInputProps('reference')} />
              <Select label={t('activities.role')} data={roleOptions(t)} {...form.getInputProps('role')} />
              <Select label={t('activities.status')} data={statusOptions(t)} {...form.getInputProps('status')} />
            </Group>
            <TextInput label={t('activities.name')} placeholder={t('activities.namePlaceholder')} required {...form.getInputProps('name')} />
          </Stack>
        </Card>

        <Card withBorder>
          <Stack>
            <Title order={4}>{t('activities.purposes')}</Title>
            {form.values.purposes.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('activities.noPurposes')}
              </Text>
            )}
            {form.values.purposes.map((_, index) => (
              <Group key={form.key(`purposes.${index}`)} align="flex-start" wrap="nowrap">
                <Textarea
                  style={{ flex: 2 }}
                  label={t('activities.purposeNumber', { n: index + 1 })}
                  placeholder={t('activities.purposePlaceholder')}
                  autosize
                  minRows={1}
                  required
                  {...form.getInputProps(`purposes.${index}.description`)}
                />
                <Select
                  style={{ flex: 1 }}
                  label={isProcessor ? t('activities.legalBasisProcessor') : t('activities.legalBasis')}
                  data={legalBasisOptions(t)}
                  disabled={isProcessor}
                  clearable
                  allowDeselect
                  {...form.getInputProps(`purposes.${index}.legalBasis`)}
                />
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="gray"
                  aria-label={t('activities.removePurpose', { n: index + 1 })}
                  onClick={() => form.removeListItem('purposes', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('purposes', { description: '', legalBasis: null, legitimateInterest: null, specialCategoryCondition: null, criminalDataBasis: null })}>
                {t('activities.addPurpose')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </Stack>
    </form>
  )
}
