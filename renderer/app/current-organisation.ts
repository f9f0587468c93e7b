/**
 * The organisation the user is working on: the one in the address, or on workspace-wide pages (Organisations,
 * Portfolio, Library, Backups) the last one opened, so the selector and the organisation's navigation keep
 * showing it instead of going blank. Kept for the session (a reload stays on it); forgotten once it no longer
 * exists (deleted, or the workspace was restored from a backup without it).
 */
import { useEffect, useState } from 'react'
import { useRoute } from 'wouter'
import { useApi } from '../api/hooks'

const KEY = 'ropa.currentOrganisation'

function remembered(): string | null {
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

function remember(id: string | null) {
  try {
    if (id) sessionStorage.setItem(KEY, id)
    else sessionStorage.removeItem(KEY)
  } catch {
    // A browser that refuses storage only loses the memory across reloads.
  }
}

export function useCurrentOrganisation(): { routeId: string | null; currentId: string | null } {
  const [, params] = useRoute<{ orgId: string }>('/orgs/:orgId/*?')
  const routeId = params?.orgId ?? null
  const [last, setLast] = useState<string | null>(() => routeId ?? remembered())
  const organisations = useApi('organisations.list', {})

  useEffect(() => {
    if (routeId && routeId !== last) {
      setLast(routeId)
      remember(routeId)
    }
  }, [routeId, last])

  const known = organisations.data?.some((o) => o.id === last)
  useEffect(() => {
    if (!routeId && last && organisations.data && !known) {
      setLast(null)
      remember(null)
    }
  }, [routeId, last, organisations.data, known])

  const currentId = routeId ?? (last && known ? last : null)
  return { routeId, currentId }
}
