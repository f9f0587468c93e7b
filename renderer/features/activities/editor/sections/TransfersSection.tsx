/**
 * 30(1)(e) / 30(2)(c): transfers outside the EU/EEA. Picking the destination shows what Chapter V asks for
 * it (nothing in the EEA, an adequacy decision and its scope, or a safeguard for a third country) and the
 * mechanism list offers only what fits that destination.
 */
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Transfer } from '../../../../../shared/schemas/activity'
import { mechanismInfo, mechanismsFor } from '../../../../../shared/reference/mechanisms'
import { mechanismGroups, sccModuleOptions } from '../../../../components/code-options'
import { CountrySelect } from '../../../../components/CountrySelect'
import { FindingList } from '../../../../components/findings'
import { TransferStatusNote } from '../../../../components/TransferStatusNote'
import { transferNote, type Translate } from '../../../../components/transfer-status-text'
import { uiLanguage } from '../../../../i18n'
import { DATE_LOCALES } from '../../../../../shared/i18n/dates'
import type { CatalogueListEntry } from '../../../catalogues/catalogue-api'
import { CatalogueField } from '../../../catalogues/CatalogueField'
import { emptyTransfer } from '../form-values'
import { likelyMechanism, needsTransfer, transferFromParty } from '../transfer-from-party'
import type { SectionProps } from '../types'
import { SearchableSelect } from '../../../../components/SearchableSelect'

/**
 * What a destination change does to the chosen mechanism: none is needed in the EEA; one that still fits
 * stays; otherwise the likely one for the destination (and the recipient) is pre-selected.
 */
function mechanismAfterMove(
  transfer: Transfer,
  next: { country: string | null; internationalOrganisation: string | null },
  today: string,
  party: CatalogueListEntry<'parties'> | null,
): Transfer['mechanism'] | null {
  const destination = mechanismsFor(next.internationalOrganisation ? null : next.country, {
    internationalOrganisation: next.internationalOrganisation ?? undefined,
    on: today,
  })
  if (!destination.needed) return 'NONE'
  const current = transfer.mechanism as Transfer['mechanism'] | null
  if (current && current !== 'NONE' && destination.mechanisms.includes(current)) return current
  return next.internationalOrganisation === null && next.country !== null
    ? likelyMechanism(next.country, party, today)
    : null
}

export function TransfersSection({ form, fields, organisationId, today }: SectionProps) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  // Read at pick time, not render time: a party created from the picker is in the cache only by then.
  const partyById = (id: string | null) =>
    (
      queryClient.getQueryData<CatalogueListEntry<'parties'>[]>(['parties.list', { organisationId }]) ?? []
    ).find((p) => p.id === id)
  const set = (index: number, patch: Partial<Transfer>) =>
    form.setFieldValue(`transfers.${index}`, { ...form.values.transfers[index], ...patch })
  // What each destination needs, said once: a destination several transfers go to gets one note at the top of
  // the section naming them, and its transfers point to it (the DPF advice would otherwise repeat on each).
  const language = uiLanguage()
  const notes = form.values.transfers.map((transfer) =>
    transferNote(t as unknown as Translate, language, transfer, today),
  )
  const byDestination = new Map<string, number[]>()
  notes.forEach((note, index) => {
    if (note) byDestination.set(note.key, [...(byDestination.get(note.key) ?? []), index])
  })
  const shared = [...byDestination.values()].filter((indices) => indices.length > 1)
  const sharedNote = new Set(shared.flat())
  const list = new Intl.ListFormat(DATE_LOCALES[language], { type: 'conjunction' })
  const transferName = (index: number) => {
    const party = partyById(form.values.transfers[index].partyId)
    return party ? `${index + 1} (${party.name})` : String(index + 1)
  }

  return (
    <Stack gap="sm">
      {shared.map((indices) => (
        <TransferStatusNote
          key={notes[indices[0]]!.key}
          note={notes[indices[0]]!}
          appliesTo={t('editor.transfers.noteFor', {
            count: indices.length,
            list: list.format(indices.map(transferName)),
          })}
        />
      ))}
      {form.values.transfers.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.transfers.none')}
        </Text>
      )}
      {form.values.transfers.map((transfer, index) => {
        const at = (field: string) => `transfers.${index}.${field}`
        const toOrganisation = transfer.internationalOrganisation !== null
        const destination = mechanismsFor(toOrganisation ? null : transfer.country, {
          internationalOrganisation: transfer.internationalOrganisation ?? undefined,
          on: today,
        })
        const hasDestination = toOrganisation
          ? Boolean(transfer.internationalOrganisation?.trim())
          : transfer.country !== null
        const mechanism = transfer.mechanism as Transfer['mechanism'] | null
        const group = mechanism ? mechanismInfo(mechanism).group : null
        const moveTo = (next: { country: string | null; internationalOrganisation: string | null }) =>
          set(index, {
            ...next,
            mechanism: mechanismAfterMove(
              transfer,
              next,
              today,
              partyById(transfer.partyId) ?? null,
            ) as Transfer['mechanism'],
          })
        return (
          <Paper
            key={form.key(`transfers.${index}`)}
            withBorder
            p="sm"
            radius="md"
            data-testid={`transfer-${index}`}
          >
            <Stack gap="xs">
              <Group align="flex-start" wrap="nowrap">
                <CatalogueField
                  style={{ flex: 1 }}
                  catalogue="parties"
                  organisationId={organisationId}
                  label={t('editor.transfers.recipient', { n: index + 1 })}
                  placeholder={t('editor.transfers.pickRecipient')}
                  {...fields.input(at('partyId'))}
                  onChange={(partyId: string | null) => {
                    const party = partyById(partyId)
                    // The recipient's facts are usually the transfer's: fill in its country, mechanism, SCC module
                    // and assessment when none is chosen yet.
                    if (
                      needsTransfer(party) &&
                      !toOrganisation &&
                      transfer.country === null &&
                      transfer.mechanism === null
                    )
                      set(index, transferFromParty(party, today))
                    else if (party?.country && !toOrganisation && transfer.country === null) {
                      const next = { country: party.country, internationalOrganisation: null }
                      set(index, {
                        partyId,
                        ...next,
                        mechanism: mechanismAfterMove(transfer, next, today, party) as Transfer['mechanism'],
                      })
                    } else set(index, { partyId })
                  }}
                />
                <Stack gap={2} style={{ flex: 1 }}>
                  {toOrganisation ? (
                    <TextInput
                      label={t('labels.fields.activity.internationalOrganisation')}
                      placeholder={t('editor.transfers.organisationPlaceholder')}
                      {...fields.input(at('internationalOrganisation'))}
                      value={transfer.internationalOrganisation ?? ''}
                      error={form.errors[at('internationalOrganisation')] ?? form.errors[at('country')]}
                      onChange={(e: ChangeEvent<HTMLInputElement>) =>
                        moveTo({ country: null, internationalOrganisation: e.currentTarget.value })
                      }
                    />
                  ) : (
                    <CountrySelect
                      label={t('editor.transfers.country')}
                      showTransferStatus
                      today={today}
                      {...fields.input(at('country'))}
                      onChange={(country: string | null) =>
                        moveTo({ country, internationalOrganisation: null })
                      }
                    />
                  )}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    w="fit-content"
                    onClick={() =>
                      moveTo(
                        toOrganisation
                          ? { country: null, internationalOrganisation: null }
                          : { country: null, internationalOrganisation: '' },
                      )
                    }
                  >
                    {toOrganisation ? t('editor.transfers.toCountry') : t('editor.transfers.toOrganisation')}
                  </Button>
                </Stack>
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="gray"
                  aria-label={t('editor.transfers.remove', { n: index + 1 })}
                  onClick={() => form.removeListItem('transfers', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              {hasDestination &&
                notes[index] &&
                (sharedNote.has(index) ? (
                  <Text size="xs" c="dimmed" data-testid="transfer-status-see">
                    {t('editor.transfers.seeNote', { name: notes[index].name })}
                  </Text>
                ) : (
                  <TransferStatusNote note={notes[index]} />
                ))}
              {hasDestination && destination.needed && (
                <SearchableSelect
                  label={t('labels.fields.activity.mechanism')}
                  placeholder={t('editor.transfers.chooseMechanism')}
                  data={mechanismGroups(t, destination.mechanisms, mechanism)}
                  maxDropdownHeight={320}
                  {...fields.input(at('mechanism'))}
                />
              )}
              {(mechanism === 'A46_2_c' || group === 'safeguard' || transfer.transferImpactAssessment) && (
                <Group align="flex-start" grow>
                  {mechanism === 'A46_2_c' && (
                    <Select
                      label={t('labels.fields.activity.sccModule')}
                      data={sccModuleOptions(t)}
                      placeholder={t('editor.transfers.chooseModule')}
                      clearable
                      allowDeselect
                      {...fields.input(at('sccModule'))}
                      value={transfer.sccModule === null ? null : String(transfer.sccModule)}
                      onChange={(v: string | null) =>
                        set(index, { sccModule: v === null ? null : (Number(v) as Transfer['sccModule']) })
                      }
                    />
                  )}
                  <Checkbox
                    mt={mechanism === 'A46_2_c' ? 28 : 0}
                    label={t('editor.transfers.tia')}
                    {...fields.checkbox(at('transferImpactAssessment'), t('editor.transfers.tiaHelp'))}
                  />
                </Group>
              )}
              {(group === 'derogation' ||
                transfer.safeguardDocumentation !== null ||
                fields.findingsAt(at('safeguardDocumentation')).length > 0) && (
                <Textarea
                  label={t('labels.fields.activity.safeguardDocumentation')}
                  autosize
                  minRows={2}
                  {...fields.text(
                    at('safeguardDocumentation'),
                    mechanism === 'A49_1_2'
                      ? t('editor.transfers.safeguardsRequired')
                      : t('editor.transfers.safeguardsHelp'),
                  )}
                />
              )}
            </Stack>
          </Paper>
        )
      })}
      <FindingList findings={fields.findingsAt('transfers')} />
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          data-path="transfers"
          onClick={() => form.insertListItem('transfers', emptyTransfer())}
        >
          {t('editor.transfers.add')}
        </Button>
      </Group>
    </Stack>
  )
}
