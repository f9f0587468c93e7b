/**
 * Hash routing with the query inside the hash: `#/orgs/1/activities/2?field=transfers.0.mechanism`.
 *
 * wouter's own hash hook puts a link's query into the page URL's search instead (`/?field=…#/orgs/…`), where it
 * outlives the page it was meant for (navigating on without a query keeps it), and a link opened as written
 * would route to an activity id "2?field=…". Here the path is the hash up to `?`, and `useSearch()` reads the
 * part after it, so links to a field work however they are opened.
 */
import { useSyncExternalStore } from 'react'

let listeners: (() => void)[] = []
const notify = () => listeners.forEach((listener) => listener())

function subscribe(listener: () => void) {
  if (listeners.push(listener) === 1) addEventListener('hashchange', notify)
  return () => {
    listeners = listeners.filter((l) => l !== listener)
    if (listeners.length === 0) removeEventListener('hashchange', notify)
  }
}

// A leading '#' is ignored and the leading '/' optional, as in wouter.
const hash = () => location.hash.replace(/^#?\/?/, '')

function split(value: string): [path: string, search: string] {
  const at = value.indexOf('?')
  return at === -1 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)]
}

const currentPath = () => '/' + split(hash())[0]
const currentSearch = () => split(hash())[1]

export function navigate(to: string, { replace = false }: { replace?: boolean; state?: unknown } = {}) {
  const oldURL = location.href
  const url = new URL(oldURL)
  url.hash = '/' + to.replace(/^#?\/?/, '')
  history[replace ? 'replaceState' : 'pushState'](null, '', url.href)
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }))
}

export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '')
}

/** The location hook for wouter's `<Router hook>`; it brings its own `hrefs` and `searchHook`. */
export function useHashLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigate]
}
useHashLocation.hrefs = (href: string) => '#' + href
useHashLocation.searchHook = useHashSearch
