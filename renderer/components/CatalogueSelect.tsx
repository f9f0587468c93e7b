/**
 * Picks catalogue entries (one or several) and offers "Create …" as the last option, so a DPO filling in an
 * activity can add a missing party or data category without leaving the editor. Creating is left to
 * `onCreate`, which gets what the user had typed and resolves to the new entry's id (or null if cancelled).
 */
import { Group, MultiSelect, Select, Text, type MultiSelectProps, type SelectProps } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

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

type Single = Common & Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string | null; onChange(value: string | null): void }
type Multiple = Common & Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & { value: string[]; onChange(value: string[]): void }

function useCreatable({ options, createLabel }: Pick<Common, 'options' | 'createLabel'>) {
  const [search, setSearch] = useState('')
  const typed = search.trim()
  const exact = options.some((o) => o.label.toLocaleLowerCase() === typed.toLocaleLowerCase())
  const data = [...options.map(({ value, label }) => ({ value, label })), { value: CREATE, label: createLabel(exact ? '' : typed) }]
  const descriptions = new Map(options.map((o) => [o.value, o.description]))
  const filter = ({ options: items, search: query }: { options: unknown[]; search: string }) => {
    const q = query.trim().toLocaleLowerCase()
    const list = items as { value: string; label: string }[]
    const matches = list.filter((o) => o.value !== CREATE && (!q || o.label.toLocaleLowerCase().includes(q) || descriptions.get(o.value)?.toLocaleLowerCase().includes(q)))
    return [...matches, ...list.filter((o) => o.value === CREATE)]
  }
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
  return { search: typed, setSearch, data, filter, renderOption }
}

export function CatalogueSelect({ options, onCreate, createLabel, value, onChange, ...props }: Single) {
  const { t } = useTranslation()
  const creatable = useCreatable({ options, createLabel })
  return (
    <Select
      searchable
      clearable
      allowDeselect
      nothingFoundMessage={t('components.catalogueSelect.nothingFound')}
      {...props}
      data={creatable.data}
      filter={creatable.filter as SelectProps['filter']}
      renderOption={creatable.renderOption as SelectProps['renderOption']}
      value={value}
      onSearchChange={(text) => {
        // Picking an option writes its label into the search box; only what the user typed counts.
        if (!creatable.data.some((o) => o.label === text)) creatable.setSearch(text)
      }}
      onChange={async (next) => {
        if (next !== CREATE) return onChange(next)
        const created = await onCreate(creatable.search)
        if (created) onChange(created)
      }}
    />
  )
}

export function CatalogueMultiSelect({ options, onCreate, createLabel, value, onChange, ...props }: Multiple) {
  const { t } = useTranslation()
  const creatable = useCreatable({ options, createLabel })
  return (
    <MultiSelect
      searchable
      clearable
      nothingFoundMessage={t('components.catalogueSelect.nothingFound')}
      {...props}
      data={creatable.data}
      filter={creatable.filter as MultiSelectProps['filter']}
      renderOption={creatable.renderOption as MultiSelectProps['renderOption']}
      value={value}
      onSearchChange={(text) => creatable.setSearch(text)}
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
