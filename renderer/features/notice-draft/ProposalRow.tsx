/** One proposal: keep it or not, change what it says, see where the notice says it, and how sure the reader is. */
import { ActionIcon, Badge, Checkbox, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconQuote } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ItemOf, ProposalItem } from '../../../shared/notice-reader/schema'
import { countryName } from '../../../shared/reference/countries'
import { MECHANISMS, type LegalBasis, type Mechanism } from '../../../shared/schemas/codes'
import { legalBasisOptions, mechanismLabel } from '../../components/code-options'
import { useUiLanguage } from '../../i18n/use-ui-language'

interface Props {
  item: ProposalItem
  kept: boolean
  chosen: boolean
  activityNames: string
  partyName: (id: string | null) => string | null
  onKeep(keep: boolean): void
  onChoose(): void
  onEdit(change: Partial<ProposalItem>): void
}

/** What the proposal is called in the list (and in the checkbox's label). */
export function itemTitle(
  item: ProposalItem,
  t: (key: string) => string,
  lang: ReturnType<typeof useUiLanguage>,
): string {
  switch (item.kind) {
    case 'party':
    case 'dataCategory':
    case 'dataSubjectCategory':
      return item.name
    case 'purpose':
      return item.description
    case 'transfer':
      return `${countryName(item.country, lang)} — ${t(`labels.codes.mechanism.${item.mechanism}`)}`
    case 'retention':
      return item.text
    case 'source':
      return t(`labels.codes.sourceKind.${item.sourceKind}`)
  }
}

export function ProposalRow({
  item,
  kept,
  chosen,
  activityNames,
  partyName,
  onKeep,
  onChoose,
  onEdit,
}: Props) {
  const { t } = useTranslation()
  const lang = useUiLanguage()
  const title = itemTitle(item, t as unknown as (key: string) => string, lang)
  const nameEditable =
    item.kind === 'party' || item.kind === 'dataCategory' || item.kind === 'dataSubjectCategory'
  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="xs"
      p={6}
      data-testid={`proposal-${item.id}`}
      data-kept={kept}
      style={{
        borderRadius: 6,
        background: chosen ? 'var(--mantine-color-yellow-0)' : undefined,
        opacity: kept ? 1 : 0.55,
      }}
      onClick={onChoose}
    >
      <Checkbox
        mt={6}
        checked={kept}
        onChange={(e) => onKeep(e.currentTarget.checked)}
        aria-label={t('noticeDraft.accept', { name: title })}
        onClick={(e) => e.stopPropagation()}
      />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        {nameEditable ? (
          <TextInput
            size="xs"
            value={item.name}
            aria-label={t('noticeDraft.edit', { name: title })}
            onChange={(e) => onEdit({ name: e.currentTarget.value })}
            disabled={!kept}
            onFocus={onChoose}
          />
        ) : item.kind === 'purpose' ? (
          <>
            <Text size="sm" lineClamp={3}>
              {item.description}
            </Text>
            <Select
              size="xs"
              data={legalBasisOptions(t)}
              value={item.legalBasis}
              aria-label={t('noticeDraft.edit', { name: title })}
              onChange={(v) =>
                onEdit({ legalBasis: (v as LegalBasis | null) ?? null } as Partial<ItemOf<'purpose'>>)
              }
              disabled={!kept}
              allowDeselect={false}
            />
          </>
        ) : item.kind === 'transfer' ? (
          <>
            <Text size="sm">
              {countryName(item.country, lang)} ·{' '}
              {partyName(item.partyItemId) ?? t('noticeDraft.withoutParty')}
            </Text>
            <Select
              size="xs"
              data={MECHANISMS.map((m) => ({ value: m, label: mechanismLabel(t, m) }))}
              value={item.mechanism}
              aria-label={t('noticeDraft.edit', { name: title })}
              onChange={(v) => v && onEdit({ mechanism: v as Mechanism } as Partial<ItemOf<'transfer'>>)}
              disabled={!kept}
              allowDeselect={false}
            />
          </>
        ) : (
          <Text size="sm" lineClamp={3}>
            {title}
          </Text>
        )}
        {item.kind === 'dataCategory' && item.description && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {item.description}
          </Text>
        )}
        {item.kind !== 'purpose' && (
          <Text size="xs" c="dimmed">
            {t('noticeDraft.inActivities', { names: activityNames })}
          </Text>
        )}
      </Stack>
      <Group gap={4} wrap="nowrap">
        <Badge
          size="sm"
          variant="light"
          color={item.confidence >= 0.8 ? 'teal' : item.confidence >= 0.6 ? 'blue' : 'orange'}
        >
          {t('noticeDraft.confidence', { percent: Math.round(item.confidence * 100) })}
        </Badge>
        <Tooltip label={t('noticeDraft.evidence')}>
          <ActionIcon
            variant={chosen ? 'filled' : 'subtle'}
            aria-label={`${t('noticeDraft.evidence')}: ${title}`}
            onClick={onChoose}
          >
            <IconQuote size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  )
}
