/**
 * A searchable country picker (name and ISO code), ranked as shared/reference/country-search.ts finds what
 * was typed (codes, names and aliases in every language), with the pickers' keyboard (./kept-search.ts).
 * With `showTransferStatus` each option also says what a transfer there needs: EU/EEA, an adequacy
 * decision, or a third country.
 */
import { Badge, Group, Select, Text, type ComboboxItem, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { transferStatus, type TransferStatus } from '../../shared/reference/adequacy'
import { searchCountries } from '../../shared/reference/country-search'
import { COUNTRIES, countryName } from '../../shared/reference/countries'
import type { Language } from '../../shared/schemas/codes'
import { useUiLanguage } from '../i18n/use-ui-language'
import { useKeptSearch } from './kept-search'

export const TRANSFER_STATUS_COLOURS: Record<TransferStatus, string> = {
  eea: 'teal',
  adequate: 'teal',
  adequate_partial: 'yellow',
  third_country: 'orange',
}

function countryOptions(lang: Language) {
  return COUNTRIES.items
    .map((code) => ({ value: code, label: `${countryName(code, lang)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))
}

type Props = Omit<SelectProps, 'data' | 'onChange' | 'value'> & {
  value?: string | null
  onChange(code: string | null): void
  showTransferStatus?: boolean
  /** The day adequacy decisions are judged on (`YYYY-MM-DD`). */
  today?: string
}

export function CountrySelect({ value, onChange, showTransferStatus = false, today, ...props }: Props) {
  const { t } = useTranslation()
  const lang = useUiLanguage()
  const options = useMemo(() => countryOptions(lang), [lang])
  const byCode = useMemo(() => new Map(options.map((o) => [o.value, o])), [options])
  // An option's own label ("Finland (FI)") searches as its name.
  const matches = (search: string) =>
    searchCountries(search.replace(/\s*\([A-Za-z]{2}\)\s*$/, ''), lang).map((code) => byCode.get(code)!)
  const kept = useKeptSearch({ matches, onPick: (option) => onChange(option.value), single: true })
  const statuses = useMemo(
    () =>
      showTransferStatus ? new Map(COUNTRIES.items.map((code) => [code, transferStatus(code, today)])) : null,
    [showTransferStatus, today],
  )
  return (
    <Select
      searchable
      clearable
      allowDeselect
      nothingFoundMessage={t('components.country.nothingFound')}
      placeholder={t('components.country.placeholder')}
      limit={300}
      {...kept}
      {...props}
      filter={({ search }) => matches(search) as ComboboxItem[]}
      data={options}
      value={value ?? null}
      onChange={(code) => onChange(code)}
      renderOption={
        statuses
          ? ({ option }) => {
              const status = statuses.get(option.value) ?? 'third_country'
              return (
                <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
                  <Text size="sm">{option.label}</Text>
                  <Badge
                    size="xs"
                    variant="light"
                    color={TRANSFER_STATUS_COLOURS[status]}
                    style={{ flexShrink: 0 }}
                  >
                    {t(`components.transferStatus.short.${status}`)}
                  </Badge>
                </Group>
              )
            }
          : undefined
      }
    />
  )
}
