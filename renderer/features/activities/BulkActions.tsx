/**
 * What the activities table does to the chosen rows at once besides copying them: give them one status (a
 * register typed in as drafts made active in one step) or record a review of them. Each is one call, all or
 * nothing (activities.setStatus, activities.recordReview); the selection is cleared once it is done.
 */
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core'
import { IconCalendarCheck, IconChevronDown, IconFlag } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STATUSES } from '../../../shared/schemas/codes'
import { useApiMutation } from '../../api/hooks'
import { DateField } from '../../components/DateField'
import { ErrorAlert } from '../../components/ErrorAlert'
import { todayLocal } from '../../components/format'
import { notifyError, notifySuccess } from '../../components/notify'

interface Props {
  organisationId: string
  activityIds: string[]
  onDone(): void
}

export function BulkActions({ organisationId, activityIds, onDone }: Props) {
  const { t } = useTranslation()
  const setStatus = useApiMutation('activities.setStatus', [
    'activities',
    'organisations',
    'register',
    'history',
  ])
  const [reviewing, setReviewing] = useState(false)
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFlag size={14} />}
            rightSection={<IconChevronDown size={14} />}
            loading={setStatus.isPending}
          >
            {t('activities.bulk.setStatus')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {STATUSES.map((status) => (
            <Menu.Item
              key={status}
              onClick={() =>
                setStatus.mutate(
                  { organisationId, ids: activityIds, status },
                  {
                    onSuccess: (result) => {
                      notifySuccess(
                        t('activities.bulk.statusSet', {
                          count: result.changed + result.unchanged,
                          status: t(`labels.codes.status.${status}`),
                        }),
                      )
                      onDone()
                    },
                    onError: (error) => notifyError(error),
                  },
                )
              }
            >
              {t(`labels.codes.status.${status}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconCalendarCheck size={14} />}
        onClick={() => setReviewing(true)}
      >
        {t('activities.bulk.recordReview')}
      </Button>
      {reviewing && (
        <ReviewModal
          organisationId={organisationId}
          activityIds={activityIds}
          onClose={() => setReviewing(false)}
          onDone={() => {
            setReviewing(false)
            onDone()
          }}
        />
      )}
    </>
  )
}

function ReviewModal({ organisationId, activityIds, onClose, onDone }: Props & { onClose(): void }) {
  const { t } = useTranslation()
  const today = todayLocal()
  const [reviewedOn, setReviewedOn] = useState<string | null>(today)
  const [nextReviewDue, setNextReviewDue] = useState<string | null>(
    dayjs(today).add(1, 'year').format('YYYY-MM-DD'),
  )
  const record = useApiMutation('activities.recordReview', [
    'activities',
    'organisations',
    'register',
    'history',
  ])
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={<Text fw={650}>{t('activities.bulk.reviewTitle', { count: activityIds.length })}</Text>}
      data-testid="review-dialog"
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault()
          e.stopPropagation()
          if (!reviewedOn) return
          try {
            const result = await record.mutateAsync({
              organisationId,
              ids: activityIds,
              reviewedOn,
              nextReviewDue,
            })
            notifySuccess(t('activities.bulk.reviewRecorded', { count: result.changed + result.unchanged }))
            onDone()
          } catch {
            // shown below from record.error
          }
        }}
      >
        <Stack>
          <Text size="sm">{t('activities.bulk.reviewBody')}</Text>
          <Group grow align="flex-start">
            <DateField
              label={t('labels.fields.activity.lastReviewedOn')}
              maxDate={today}
              value={reviewedOn}
              onChange={setReviewedOn}
              required
              clearable={false}
            />
            <DateField
              label={t('labels.fields.activity.nextReviewDue')}
              value={nextReviewDue}
              onChange={setNextReviewDue}
              minDate={reviewedOn ?? undefined}
            />
          </Group>
          <ErrorAlert error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!reviewedOn} loading={record.isPending}>
              {t('activities.bulk.reviewSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
