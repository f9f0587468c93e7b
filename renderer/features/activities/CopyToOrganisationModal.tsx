/**
 * Copies activities to another organisation (a consultant reusing one client's records for another), with
 * the catalogue entries they use; entries of the same name already there are reused.
 */
import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { useApi, useApiMutation } from '../../api/hooks'
import { paths } from '../../app/paths'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'
import { SearchableSelect } from '../../components/SearchableSelect'

interface Props {
  organisationId: string
  activityIds: string[]
  onClose(): void
}

export function CopyToOrganisationModal({ organisationId, activityIds, onClose }: Props) {
  const { t } = useTranslation()
  const organisations = useApi('organisations.list', {})
  const copy = useApiMutation('activities.copyToOrganisation', [
    'activities',
    'organisations',
    'parties',
    'dataSubjectCategories',
    'dataCategories',
    'securityMeasures',
    'checks',
    'register',
  ])
  const [target, setTarget] = useState<string | null>(null)
  const [done, setDone] = useState<{
    targetId: string
    name: string
    count: number
    created: number
    reused: number
  } | null>(null)
  const others = (organisations.data ?? []).filter((o) => o.id !== organisationId)

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={650}>{t('activities.copy.title', { count: activityIds.length })}</Text>}
      centered
      size="lg"
      data-testid="copy-dialog"
    >
      {done ? (
        <Stack>
          <Text size="sm">
            {t('activities.copy.done', {
              count: done.count,
              name: done.name,
              created: done.created,
              reused: done.reused,
            })}
          </Text>
          <Group justify="flex-end">
            <Anchor component={Link} href={paths.activities(done.targetId)} onClick={onClose}>
              {t('activities.copy.open', { name: done.name })}
            </Anchor>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault()
            e.stopPropagation()
            if (!target) return
            let result
            try {
              result = await copy.mutateAsync({ ids: activityIds, targetOrganisationId: target })
            } catch {
              return // shown below from copy.error
            }
            const name = others.find((o) => o.id === target)?.name ?? ''
            notifySuccess(t('activities.copy.notified', { count: result.activities.length, name }))
            setDone({
              targetId: target,
              name,
              count: result.activities.length,
              created: result.createdEntries,
              reused: result.reusedEntries,
            })
          }}
        >
          <Stack>
            <Text size="sm">{t('activities.copy.body')}</Text>
            {others.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('activities.copy.noOther')}
              </Text>
            ) : (
              <SearchableSelect
                label={t('activities.copy.target')}
                data={others.map((o) => ({ value: o.id, label: o.name }))}
                value={target}
                onChange={setTarget}
                data-autofocus
              />
            )}
            <ErrorAlert error={copy.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!target} loading={copy.isPending}>
                {t('activities.copy.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
