/**
 * Hash routing for wouter with the query kept inside the fragment (`#/orgs/1/activities/2?field=purposes`),
 * so an address other features build works whether it is followed by a link, typed, or pasted.
 *
 * A page with unsaved changes can install a guard: every navigation (links, `navigate`, the browser's back
 * and forward buttons) asks it first, and the guard decides whether to go on now or later.
 */
import { useSyncExternalStore } from 'react'

/** Returns true when it holds the navigation; it then calls `proceed` itself if the user agrees. */
export type NavigationGuard = (proceed: () => void) => boolean

let guard: NavigationGuard | null = null
let lastSeen: string | null = null
const listeners = new Set<() => void>()

const readHash = () => '/' + window.location.hash.replace(/^#?\/?/, '')
const emit = () => listeners.forEach((listener) => listener())

function onHashChange() {
  const next = readHash()
  const previous = lastSeen
  if (previous === null || next === previous) {
    lastSeen = next
    return emit()
  }
  // Back, forward or a typed address: if the guard holds it, show the old address again until the user decides.
  if (guard && guard(() => go(next, false))) {
    history.pushState(null, '', `#${previous}`)
    return
  }
  lastSeen = next
  emit()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (listeners.size === 1) {
    lastSeen = readHash()
    window.addEventListener('hashchange', onHashChange)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange)
  }
}

function go(to: string, replace: boolean) {
  const target = '/' + to.replace(/^#?\/?/, '')
  history[replace ? 'replaceState' : 'pushState'](null, '', `#${target}`)
  lastSeen = target
  emit()
}

export function navigate(to: string, options: { replace?: boolean } = {}) {
  const target = '/' + to.replace(/^#?\/?/, '')
  if (target === readHash()) return
  if (guard && guard(() => go(target, options.replace ?? false))) return
  go(target, options.replace ?? false)
}

/** Installs the guard; the returned function removes it (only if it is still the installed one). */
export function setNavigationGuard(next: NavigationGuard): () => void {
  guard = next
  return () => {
    if (guard === next) guard = null
  }
}

const pathOf = (full: string) => full.split('?')[0]
const searchOf = (full: string) => full.split('?')[1] ?? ''

/** wouter location hook: the path part of the fragment, and `navigate`. */
export function useAppLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, () => pathOf(readHash())), navigate]
}

/** wouter search hook: the query part of the fragment, without `?`. */
export function useAppSearch(): string {
  return useSyncExternalStore(subscribe, () => searchOf(readHash()))
}

export const appHrefs = (href: string) => `#${href}`
