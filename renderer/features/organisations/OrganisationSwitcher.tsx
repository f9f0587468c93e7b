import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { useApi } from '../../api/hooks'
import { switchedLocation } from '../../app/paths'
import { SearchableSelect } from '../../components/SearchableSelect'

/** One click to another client's register. */
export function OrganisationSwitcher({ currentId }: { currentId: string | null }) {
  const { t } = useTranslation()
  const [location, navigate] = useLocation()
  const organisations = useApi('organisations.list', {})
  const data = (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))
  return (
    <SearchableSelect
      label={t('nav.selectOrganisation')}
      placeholder={data.length ? t('nav.chooseOrganisation') : t('nav.noOrganisation')}
      data={data}
      value={currentId}
      nothingFoundMessage={t('common.none')}
      onChange={(id) => id && navigate(switchedLocation(location, id))}
      disabled={data.length === 0}
      data-testid="organisation-switcher"
    />
  )
}
