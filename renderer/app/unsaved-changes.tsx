/**
 * The unsaved-changes guard: while a form has changes, leaving the page (a link, Cancel, Escape, the back
 * button) asks "Discard your changes?" first, and closing the window asks the browser's own question.
 */
import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import type { TFunction } from 'i18next'
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { setNavigationGuard } from './location'

function askToDiscard(t: TFunction, proceed: () => void) {
  modals.openConfirmModal({
    title: t('common.unsavedTitle'),
    children: <Text size="sm">{t('common.unsavedBody')}</Text>,
    labels: { confirm: t('common.discard'), cancel: t('common.keepEditing') },
    confirmProps: { color: 'red' },
    centered: true,
    onConfirm: proceed,
  })
}

/**
 * Installs the guard for as long as the component is mounted. `leave(go)` runs `go` after asking when
 * needed (for Cancel); `leaveWithoutAsking(go)` is for leaving right after a save.
 */
export function useUnsavedChangesGuard(isDirty: () => boolean) {
  const { t } = useTranslation()
  const dirty = useRef(isDirty)
  const bypass = useRef(false)
  useEffect(() => {
    dirty.current = isDirty
  })

  useEffect(() => {
    const remove = setNavigationGuard((proceed) => {
      if (bypass.current || !dirty.current()) return false
      askToDiscard(t, proceed)
      return true
    })
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!bypass.current && dirty.current()) event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      remove()
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [t])

  const leave = useCallback(
    (go: () => void) => {
      if (bypass.current || !dirty.current()) return go()
      askToDiscard(t, () => {
        bypass.current = true
        go()
        bypass.current = false
      })
    },
    [t],
  )

  const leaveWithoutAsking = useCallback((go: () => void) => {
    bypass.current = true
    go()
    bypass.current = false
  }, [])

  return { leave, leaveWithoutAsking }
}
