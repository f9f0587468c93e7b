/**
 * What a transfer to the chosen destination needs, in a sentence: nothing within the EU/EEA, an adequacy
 * decision (and for a partial one, who it covers), or, for a third country, a safeguard or derogation.
 */
import { Alert, Text } from '@mantine/core'
import { IconCircleCheck, IconInfoCircle, IconWorldExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { citeDecision } from '../../shared/i18n/labels'
import { countryName } from '../../shared/reference/countries'
import { mechanismsFor } from '../../shared/reference/mechanisms'
import { TRANSFER_STATUS_COLOURS } from './CountrySelect'
import { uiLanguage } from '../i18n'

interface Props {
  country: string | null
  internationalOrganisation: string | null
  today: string
}

export function TransferStatusNote({ country, internationalOrganisation, today }: Props) {
  const { t } = useTranslation()
  const organisation = internationalOrganisation?.trim() || null
  if (!country && !organisation) return null
  const destination = mechanismsFor(organisation ? null : country, {
    internationalOrganisation: organisation ?? undefined,
    on: today,
  })
  const name = organisation ?? countryName(country!, uiLanguage())
  const decision = destination.adequacy ? citeDecision(destination.adequacy.decision, uiLanguage()) : ''
  const status = destination.status
  const Icon =
    status === 'eea' || status === 'adequate'
      ? IconCircleCheck
      : status === 'third_country'
        ? IconWorldExclamation
        : IconInfoCircle
  return (
    <Alert
      color={TRANSFER_STATUS_COLOURS[status]}
      variant="light"
      icon={<Icon size={18} />}
      p="xs"
      title={t(`components.transferStatus.title.${status}`, { name })}
      data-testid="transfer-status"
      data-status={status}
    >
      <Text size="xs">
        {t(`components.transferStatus.body.${status}`, { name, decision, scope: destination.caveat ?? '' })}
      </Text>
    </Alert>
  )
}
