/**
 * The first page's data, asked for while the bundle is still rendering the app for the first time (a few
 * hundred milliseconds on a slow machine) instead of after it, so the backend reads while the page renders.
 * The keys are the pages' own `useApi` calls (method and input): the page then finds the answer in the cache
 * or in flight. A key that no longer matches only loses the head start.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { MethodInput, MethodName } from '../../shared/api'
import type { Client } from '../../shared/api/client'

const ACTIVITIES = /^#?\/orgs\/([^/?#]+)\/activities\/?(?:\?.*)?$/

export function prefetchStartPage(queryClient: QueryClient, client: Client, hash: string): void {
  const prefetch = <M extends MethodName>(method: M, input: MethodInput<M>) =>
    void queryClient.prefetchQuery({ queryKey: [method, input], queryFn: () => client.call(method, input) })
  // The shell (App, the organisation switcher).
  prefetch('app.info', {})
  prefetch('organisations.list', {})
  const activities = ACTIVITIES.exec(hash)
  if (activities) {
    // ActivitiesPage (and the shell's organisation name).
    const organisationId = decodeURIComponent(activities[1])
    prefetch('activities.list', { organisationId })
    prefetch('organisations.get', { id: organisationId })
    prefetch('checks.counts', { organisationId })
  }
}
