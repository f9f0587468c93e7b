/**
 * 30(1)(d): who the data is disclosed to, each a party from the catalogue (a processor, an authority…) or a
 * category of recipients written out (e.g. "Banks"), with what it receives the data for.
 */
import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useQueryClient } from '@tanstack/react-query'
import { FindingList } from '../../../../components/findings'
import type { CatalogueListEntry } from '../../../catalogues/catalogue-api'
import { hasTransferTo, needsTransfer, transferFromParty, untouchedProposals } from '../transfer-from-party'
import { CatalogueField } from '../../../catalogues/CatalogueField'
import { RegistryInputs } from '../RegistryInputs'
import { emptyRecipient } from '../form-values'
import type { SectionProps } from '../types'

export function RecipientsSection({ form, fields, organisationId, today, parties }: SectionProps) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  // Read at pick time, not render time: a party created from the picker is in the cache only by then.
  const partyById = (id: string | null) =>
    (
      queryClient.getQueryData<CatalogueListEntry<'parties'>[]>(['parties.list', { organisationId }]) ?? []
    ).find((p) => p.id === id)
  /** A recipient outside the EU/EEA brings its transfer (30(1)(e)), filled from the party's facts. */
  const pickParty = (index: number, partyId: string | null) => {
    const before = form.getValues().recipients[index]?.partyId ?? null
    form.setFieldValue(`recipients.${index}.partyId`, partyId)
    if (before !== partyId) dropProposals(before, index)
    const party = partyById(partyId)
    if (!needsTransfer(party) || hasTransferTo(form.getValues().transfers, party)) return
    form.insertListItem('transfers', transferFromParty(party, today))
  }
  /**
   * The recipient at `index` no longer names `partyId` (removed, or another party picked): the transfer
   * proposed for that party goes too, unless the user changed it or another recipient still names the party.
   */
  const dropProposals = (partyId: string | null, index: number) => {
    const { recipients, transfers } = form.getValues()
    const others = recipients.filter((_, i) => i !== index)
    for (const at of untouchedProposals(transfers, partyById(partyId), others, today))
      form.removeListItem('transfers', at)
  }
  const removeRecipient = (index: number) => {
    dropProposals(form.getValues().recipients[index]?.partyId ?? null, index)
    form.removeListItem('recipients', index)
  }
  return (
    <Stack gap="sm">
      {form.values.recipients.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.recipients.none')}
        </Text>
      )}
      {form.values.recipients.map((recipient, index) => {
        const at = (field: string) => `recipients.${index}.${field}`
        const party = parties.find((p) => p.id === recipient.partyId)
        const transfer = needsTransfer(party)
          ? form.values.transfers.findIndex((tr) => hasTransferTo([tr], party))
          : -1
        return (
          <Paper key={form.key(`recipients.${index}`)} withBorder p="sm" radius="md">
            <Group align="flex-start" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }}>
                <Group grow align="flex-start">
                  <CatalogueField
                    catalogue="parties"
                    organisationId={organisationId}
                    label={t('editor.recipients.party', { n: index + 1 })}
                    placeholder={t('editor.recipients.pickParty')}
                    {...fields.input(at('partyId'))}
                    onChange={(partyId: string | null) => pickParty(index, partyId)}
                  />
                  <TextInput
                    label={t('editor.recipients.category')}
                    placeholder={t('editor.recipients.categoryPlaceholder')}
                    {...fields.text(at('category'))}
                  />
                </Group>
                <TextInput
                  label={t('labels.fields.activity.recipientPurpose')}
                  placeholder={t('editor.recipients.purposePlaceholder')}
                  {...fields.text(at('purpose'))}
                />
                <RegistryInputs
                  section="recipients"
                  form={form}
                  fields={fields}
                  item={{ list: 'recipients', index }}
                />
                {transfer >= 0 && (
                  <Text size="xs" c="dimmed" data-testid={`recipient-${index}-transfer`}>
                    {t('editor.recipients.transferRecorded', { n: transfer + 1 })}
                  </Text>
                )}
              </Stack>
              <ActionIcon
                mt={26}
                variant="subtle"
                color="gray"
                aria-label={t('editor.recipients.remove', { n: index + 1 })}
                onClick={() => removeRecipient(index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        )
      })}
      <FindingList findings={fields.findingsAt('recipients')} />
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          data-path="recipients"
          onClick={() => form.insertListItem('recipients', emptyRecipient())}
        >
          {t('editor.recipients.add')}
        </Button>
      </Group>
    </Stack>
  )
}
