/**
 * Follows `?field=<form path>` in the address (links from findings and the dashboard): once the page is
 * ready, `reveal` opens what holds the field, then the field is scrolled to, focused and highlighted.
 */
import { useEffect, useEffectEvent } from 'react'
import { useSearch } from 'wouter'
import { focusField } from '../components/focus-field'

export function useFieldParam(ready: boolean, reveal?: (field: string) => void) {
  const field = new URLSearchParams(useSearch()).get('field')
  const onReveal = useEffectEvent((path: string) => reveal?.(path))
  useEffect(() => {
    if (!ready || !field) return
    onReveal(field)
    let cancelled = false
    // Two frames: one for the revealed section to render, one for layout.
    requestAnimationFrame(() => requestAnimationFrame(() => cancelled || focusField(field)))
    return () => {
      cancelled = true
    }
  }, [ready, field])
  return field
}
