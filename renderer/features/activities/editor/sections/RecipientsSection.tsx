/**
 * 30(1)(d): who the data is disclosed to, each a party from the catalogue (a processor, an authority…) or a
 * category of recipients written out (e.g. "Banks"), with what it receives the data for.
 */
import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { FindingList } from '../../../../components/findings'
import { CatalogueField } from '../../../catalogues/CatalogueField'
import { RegistryInputs } from '../RegistryInputs'
import { emptyRecipient } from '../form-values'
import type { SectionProps } from '../types'

export function RecipientsSection({ form, fields, organisationId }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      {form.values.recipients.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.recipients.none')}
        </Text>
      )}
      {form.values.recipients.map((_, index) => {
        const at = (field: string) => `recipients.${index}.${field}`
        return (
          <Paper key={form.key(`recipients.${index}`)} withBorder p="sm" radius="md">
            <Group align="flex-start" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }}>
                <Group grow align="flex-start">
                  <CatalogueField catalogue="parties" organisationId={organisationId} label={t('editor.recipients.party', { n: index + 1 })} placeholder={t('editor.recipients.pickParty')} {...fields.input(at('partyId'))} />
                  <TextInput label={t('editor.recipients.category')} placeholder={t('editor.recipients.categoryPlaceholder')} {...fields.text(at('category'))} />
                </Group>
                <TextInput label={t('labels.fields.activity.recipientPurpose')} placeholder={t('editor.recipients.purposePlaceholder')} {...fields.text(at('purpose'))} />
                <RegistryInputs section="recipients" form={form} fields={fields} item={{ list: 'recipients', index }} />
              </Stack>
              <ActionIcon mt={26} variant="subtle" color="gray" aria-label={t('editor.recipients.remove', { n: index + 1 })} onClick={() => form.removeListItem('recipients', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        )
      })}
      <FindingList findings={fields.findingsAt('recipients')} />
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} data-path="recipients" onClick={() => form.insertListItem('recipients', emptyRecipient())}>
          {t('editor.recipients.add')}
        </Button>
      </Group>
    </Stack>
  )
}
