/**
 * React Query over the typed client: `useApi` reads, `useApiMutation` writes and then refreshes
 * the queries whose method family it touched (e.g. `activities.*`).
 */
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api'
import type { ApiCallError } from '../../shared/api/client'
import { useClient } from './context'

export function useApi<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  const client = useClient()
  return useQuery<MethodOutput<M>, ApiCallError>({
    queryKey: [method, input],
    queryFn: () => client.call(method, input),
    ...options,
  })
}

/**
 * `invalidates` lists method families (the part before the dot) whose cached reads become stale. The
 * findings (`checks.*`) always do: any write to a register, or to the settings, can change them.
 */
export function useApiMutation<M extends MethodName>(
  method: M,
  invalidates: string[] = [method.split('.')[0]],
  options: {
    /** Settle once the write is done, refreshing the reads in the background (default: after they are refreshed). */
    refreshInBackground?: boolean
  } = {},
) {
  const client = useClient()
  const queryClient = useQueryClient()
  const families = [...invalidates, 'checks']
  return useMutation<MethodOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: (input) => client.call(method, input),
    onSuccess: async () => {
      const refreshed = queryClient.invalidateQueries({
        predicate: (query) => families.some((family) => String(query.queryKey[0]).startsWith(`${family}.`)),
      })
      if (!options.refreshInBackground) await refreshed
    },
  })
}
