/**
 * For a processor record, what Art. 30(2) does not require but a processor usually keeps: whose data and
 * which data, the sub-processors and other recipients, and when the data is erased or returned.
 */
import { Divider, Stack, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RegistryInputs } from '../RegistryInputs'
import type { SectionProps } from '../types'
import { DataSubjectsAndCategories, SourcesFields } from './DataSection'
import { RecipientsSection } from './RecipientsSection'

export function ProcessorDataSection(props: SectionProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="md">
      <DataSubjectsAndCategories {...props} />
      <Divider label={t('editor.processorData.recipients')} labelPosition="left" />
      <RecipientsSection {...props} />
      <Divider label={t('editor.processorData.retention')} labelPosition="left" />
      <Textarea
        label={t('labels.fields.activity.generalRetention')}
        placeholder={t('editor.processorData.retentionPlaceholder')}
        autosize
        minRows={1}
        {...props.fields.text('retention')}
      />
      <RegistryInputs section="processorData" form={props.form} fields={props.fields} />
      <SourcesFields {...props} />
    </Stack>
  )
}
