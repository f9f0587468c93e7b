/**
 * The editor's keys: Ctrl+S (or ⌘S) saves from anywhere; Escape leaves, unless it is closing a dialog, a
 * dropdown or a calendar. Listened to in the capture phase, before those close and leave the page looking as if
 * none was open.
 */
import { useEffect } from 'react'

export function useEditorKeys(save: () => void, leave: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        save()
        return
      }
      if (event.key !== 'Escape') return
      // Closed dropdowns stay in the page, hidden: only a shown one counts.
      const open = document.querySelectorAll(
        '[role="dialog"], .mantine-Popover-dropdown, .mantine-Combobox-dropdown, .mantine-Menu-dropdown',
      )
      if ([...open].some((element) => element.getClientRects().length > 0)) return
      if (
        (event.target as HTMLElement | null)?.closest?.(
          '[data-expanded="true"], [role="combobox"][aria-expanded="true"]',
        )
      )
        return
      leave()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  })
}
