/**
 * Picks catalogue entries (one or several) and offers "Create …" as the last option, so a DPO filling in an
 * activity can add a missing party or data category without leaving the editor. Creating is left to
 * `onCreate`, which gets what the user had typed and resolves to the new entry's id (or null if cancelled).
 * The keyboard is every picker's (./kept-search.ts): Enter takes the highlighted match, leaving keeps the text.
 */
import { Group, MultiSelect, Select, Text, type MultiSelectProps, type SelectProps } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useKeptSearch } from './kept-search'

export interface CatalogueOption {
  value: string
  label: string
  /** A second line in the dropdown, e.g. "Processor · United States". */
  description?: string
}

const CREATE = '__create__'

interface Common {
  options: readonly CatalogueOption[]
  /** Opens the form for a new entry, prefilled with the typed text. */
  onCreate(search: string): Promise<string | null>
  /** "Create party" / "Create “Acme”" wording comes from the caller, per catalogue. */
  createLabel(search: string): string
}

type Single = Common &
  Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
    value: string | null
    onChange(value: string | null): void
  }
type Multiple = Common &
  Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & { value: string[]; onChange(value: string[]): void }

function useCreatable({
  options,
  createLabel,
  onPick,
  single,
}: Pick<Common, 'options' | 'createLabel'> & { onPick(value: string): void; single: boolean }) {
  const descriptions = new Map(options.map((o) => [o.value, o.description]))
  const matches = (query: string) => {
    const q = query.trim().toLocaleLowerCase()
    return options.filter(
      (o) =>
        !q ||
        o.label.toLocaleLowerCase().includes(q) ||
        descriptions.get(o.value)?.toLocaleLowerCase().includes(q),
    )
  }
  const kept = useKeptSearch({ matches, onPick: (option) => onPick(option.value), single })
  const typed = kept.searchValue.trim()
  const exact = options.some((o) => o.label.toLocaleLowerCase() === typed.toLocaleLowerCase())
  const create = { value: CREATE, label: createLabel(exact ? '' : typed) }
  const data = [...options.map(({ value, label }) => ({ value, label })), create]
  // The matches, then "Create …" last: with the first option highlighted, Enter takes the only match, or
  // opens the form for a new entry when nothing matches.
  const filter = ({ search: query }: { search: string }) => [
    ...matches(query).map(({ value, label }) => ({ value, label })),
    create,
  ]
  const renderOption = ({ option }: { option: { value: string; label: string } }): ReactNode =>
    option.value === CREATE ? (
      <Group gap={6} wrap="nowrap" c="indigo.7" data-create-option>
        <IconPlus size={14} />
        <Text size="sm" fw={500}>
          {option.label}
        </Text>
      </Group>
    ) : (
      <div>
        <Text size="sm">{option.label}</Text>
        {descriptions.get(option.value) && (
          <Text size="xs" c="dimmed">
            {descriptions.get(option.value)}
          </Text>
        )}
      </div>
    )
  return { search: typed, kept, data, filter, renderOption }
}

export function CatalogueSelect({ options, onCreate, createLabel, value, onChange, ...props }: Single) {
  const { t } = useTranslation()
  const creatable = useCreatable({ options, createLabel, onPick: onChange, single: true })
  return (
    <Select
      searchable
      clearable
      allowDeselect
      nothingFoundMessage={t('components.catalogueSelect.nothingFound')}
      {...creatable.kept}
      {...props}
      data={creatable.data}
      filter={creatable.filter as SelectProps['filter']}
      renderOption={creatable.renderOption as SelectProps['renderOption']}
      value={value}
      onChange={async (next) => {
        if (next !== CREATE) return onChange(next)
        const created = await onCreate(creatable.search)
        if (created) onChange(created)
      }}
    />
  )
}

export function CatalogueMultiSelect({
  options,
  onCreate,
  createLabel,
  value,
  onChange,
  ...props
}: Multiple) {
  const { t } = useTranslation()
  const creatable = useCreatable({
    options,
    createLabel,
    onPick: (id) => !value.includes(id) && onChange([...value, id]),
    single: false,
  })
  return (
    <MultiSelect
      searchable
      clearable
      nothingFoundMessage={t('components.catalogueSelect.nothingFound')}
      {...creatable.kept}
      {...props}
      data={creatable.data}
      filter={creatable.filter as MultiSelectProps['filter']}
      renderOption={creatable.renderOption as MultiSelectProps['renderOption']}
      value={value}
      onChange={async (next) => {
        if (!next.includes(CREATE)) return onChange(next)
        const typed = creatable.search
        const kept = next.filter((v) => v !== CREATE)
        const created = await onCreate(typed)
        onChange(created && !kept.includes(created) ? [...kept, created] : kept)
      }}
    />
  )
}
