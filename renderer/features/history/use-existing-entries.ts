/** Which activities and catalogue entries of an organisation exist now, so history links only lead somewhere real. */
import { useMemo } from 'react'
import { useApi } from '../../api/hooks'
import { useCatalogueList } from '../catalogues/catalogue-api'

export function useExistingEntries(organisationId: string): (id: string) => boolean {
  const activities = useApi('activities.list', { organisationId })
  const parties = useCatalogueList('parties', organisationId)
  const subjects = useCatalogueList('dataSubjectCategories', organisationId)
  const data = useCatalogueList('dataCategories', organisationId)
  const measures = useCatalogueList('securityMeasures', organisationId)
  return useMemo(() => {
    const ids = new Set<string>()
    for (const list of [activities.data, parties.data, subjects.data, data.data, measures.data])
      for (const entry of list ?? []) ids.add(entry.id)
    return (id: string) => ids.has(id)
  }, [activities.data, parties.data, subjects.data, data.data, measures.data])
}
