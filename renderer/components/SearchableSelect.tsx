/**
 * A searchable Select with the pickers' keyboard (./kept-search.ts): Enter takes the highlighted match, leaving
 * the field keeps what was typed, or takes the only match. For code lists and other plain option lists; the
 * country and catalogue pickers have their own search.
 */
import { Select, type ComboboxItem, type ComboboxItemGroup, type SelectProps } from '@mantine/core'
import { useKeptSearch, type PickerOption } from './kept-search'

type Item = string | ComboboxItem | ComboboxItemGroup<string | ComboboxItem>

function flatten(data: readonly Item[]): PickerOption[] {
  return data.flatMap((item): PickerOption[] =>
    typeof item === 'string'
      ? [{ value: item, label: item }]
      : 'group' in item
        ? flatten(item.items)
        : [{ value: item.value, label: item.label }],
  )
}

export function SearchableSelect(props: Omit<SelectProps, 'searchable'>) {
  const options = flatten((props.data ?? []) as readonly Item[])
  const matches = (search: string) => {
    const q = search.trim().toLocaleLowerCase()
    return options.filter((o) => o.label.toLocaleLowerCase().includes(q))
  }
  const kept = useKeptSearch({
    matches,
    onPick: (option) => props.onChange?.(option.value, { value: option.value, label: option.label }),
    single: true,
  })
  return <Select searchable {...kept} {...props} />
}
