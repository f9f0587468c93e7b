import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { useApi } from '../../api/hooks'

/** The page to show for another organisation: the same kind of page, or its activities. */
export function switchedLocation(location: string, id: string): string {
  const match = /^\/orgs\/[^/]+\/(profile|activities|catalogues\/[^/?]+)$/.exec(location.split('?')[0])
  return `/orgs/${id}/${match ? match[1] : 'activities'}`
}

/** One click to another client's register. */
export function OrganisationSwitcher({ currentId }: { currentId: string | null }) {
  const { t } = useTranslation()
  const [location, navigate] = useLocation()
  const organisations = useApi('organisations.list', {})
  const data = (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))
  return (
    <Select
      label={t('nav.selectOrganisation')}
      placeholder={data.length ? t('nav.chooseOrganisation') : t('nav.noOrganisation')}
      data={data}
      value={currentId}
      searchable
      nothingFoundMessage={t('common.none')}
      onChange={(id) => id && navigate(switchedLocation(location, id))}
      disabled={data.length === 0}
      data-testid="organisation-switcher"
    />
  )
}
