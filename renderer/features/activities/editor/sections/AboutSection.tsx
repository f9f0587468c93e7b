/** Identity of the activity: reference, name, record kind (role), status, who owns it, a description. */
import { Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { roleOptions, statusOptions } from '../../../../components/code-options'
import type { SectionProps } from '../types'

export function AboutSection({ fields }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <TextInput
          label={t('activities.reference')}
          placeholder={t('activities.referencePlaceholder')}
          required
          {...fields.text('reference')}
        />
        <Select label={t('activities.role')} data={roleOptions(t)} {...fields.input('role')} />
        <Select label={t('activities.status')} data={statusOptions(t)} {...fields.input('status')} />
      </Group>
      <Text size="xs" c="dimmed" mt={-6}>
        {t('editor.about.roleHelp')}
      </Text>
      <TextInput
        label={t('activities.name')}
        placeholder={t('activities.namePlaceholder')}
        required
        {...fields.text('name')}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('labels.fields.activity.businessFunction')}
          placeholder={t('editor.about.businessFunctionPlaceholder')}
          {...fields.text('businessFunction')}
        />
        <TextInput
          label={t('labels.fields.activity.owner')}
          placeholder={t('editor.about.ownerPlaceholder')}
          {...fields.text('owner')}
        />
      </Group>
      <Textarea
        label={t('labels.fields.activity.description')}
        autosize
        minRows={2}
        {...fields.text('description')}
      />
    </Stack>
  )
}
