/**
 * How every searchable picker treats the keyboard, so a DPO can type instead of click: Enter takes the
 * highlighted option or, when none is (the dropdown has just opened), the best match; leaving the field keeps
 * what was typed rather than clearing it, and a single-choice picker left with exactly one match takes it.
 * Spread the result on a Mantine Select or MultiSelect.
 */
import { useRef, useState, type KeyboardEvent } from 'react'

export interface PickerOption {
  value: string
  label: string
}

interface Options {
  /** The options matching a search, best first, as the dropdown shows them. */
  matches(search: string): readonly PickerOption[]
  /** Takes an option chosen from the keyboard (Enter with nothing highlighted). */
  onPick(option: PickerOption): void
  /** A single-choice picker takes the only match when the user leaves the field. */
  single?: boolean
}

/** The option highlighted in Mantine's dropdown for this input, if any. */
function highlighted(input: HTMLInputElement): HTMLElement | null {
  const list = input.getAttribute('aria-controls')
  return list === null
    ? null
    : (document.getElementById(list)?.querySelector<HTMLElement>('[data-combobox-selected]') ?? null)
}

export function useKeptSearch({ matches, onPick, single = false }: Options) {
  const [search, setSearch] = useState('')
  // Mantine resets the search when the input loses focus; while it does, what the user typed is kept.
  const leaving = useRef(false)
  const take = (option: PickerOption) => {
    // A single picker shows what it took; a multiple one shows it as a pill and is ready for the next.
    setSearch(single ? option.label : '')
    onPick(option)
  }
  return {
    selectFirstOptionOnChange: true,
    searchValue: search,
    onSearchChange(text: string) {
      if (!leaving.current) setSearch(text)
    },
    onKeyDownCapture(event: KeyboardEvent<HTMLInputElement>) {
      if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
      // Mantine takes a highlighted option only while its own index agrees, which a search typed into a
      // closed dropdown loses; clicking the option is what Mantine does itself once it agrees.
      const option = highlighted(event.currentTarget)
      const typed = search.trim()
      const found = option || !typed ? [] : matches(typed)
      if (!option && (found.length === 0 || found[0].label === search)) return
      event.preventDefault()
      event.stopPropagation()
      if (option) option.click()
      else take(found[0])
    },
    onBlurCapture() {
      const typed = search.trim()
      // Nothing typed, or an option's own name (the chosen one): Mantine may put the chosen option back.
      if (!typed) return
      const found = matches(typed)
      if (found.some((option) => option.label === search)) return
      leaving.current = true
      // Mantine's own blur handling (Select's after this handler, MultiSelect's before) is over by the next task.
      setTimeout(() => (leaving.current = false), 0)
      if (single && found.length === 1) take(found[0])
    },
  }
}
