import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { useApi } from '../../api/hooks'

/** One click to another client's register. */
export function OrganisationSwitcher({ currentId }: { currentId: string | null }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const organisations = useApi('organisations.list', {})
  const data = (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))
  return (
    <Select
      label={t('nav.selectOrganisation')}
      placeholder={data.length ? undefined : t('nav.noOrganisation')}
      data={data}
      value={currentId}
      searchable
      nothingFoundMessage={t('common.none')}
      onChange={(id) => id && navigate(`/orgs/${id}/activities`)}
      disabled={data.length === 0}
      data-testid="organisation-switcher"
    />
  )
}
