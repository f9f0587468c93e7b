/** Keeping the record current (Art. 5(2)): when it was last reviewed, when it is due again, and notes. */
import { Button, Group, Stack, Textarea } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../../../components/DateField'
import type { SectionProps } from '../types'

export function ReviewSection({ form, fields, today }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Group grow align="flex-end">
        <DateField
          label={t('labels.fields.activity.lastReviewedOn')}
          maxDate={today}
          {...fields.input('lastReviewedOn')}
        />
        <DateField label={t('labels.fields.activity.nextReviewDue')} {...fields.input('nextReviewDue')} />
      </Group>
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            form.setFieldValue('lastReviewedOn', today)
            form.setFieldValue('nextReviewDue', dayjs(today).add(1, 'year').format('YYYY-MM-DD'))
          }}
        >
          {t('editor.review.reviewedToday')}
        </Button>
      </Group>
      <Textarea label={t('labels.fields.activity.notes')} autosize minRows={3} {...fields.text('notes')} />
    </Stack>
  )
}
