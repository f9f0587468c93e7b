/** Where the processing happens: the systems used and where the data is kept. */
import { Stack, TagsInput, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SectionProps } from '../types'

export function SystemsSection({ fields }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <TagsInput
        label={t('labels.fields.activity.systems')}
        placeholder={t('editor.systems.placeholder')}
        clearable
        {...fields.input('systems', t('editor.systems.help'))}
      />
      <TextInput
        label={t('labels.fields.activity.dataLocation')}
        placeholder={t('editor.systems.locationPlaceholder')}
        {...fields.text('dataLocation')}
      />
    </Stack>
  )
}
