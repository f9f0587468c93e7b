/**
 * 30(1)(a) / 30(2)(a): who keeps the record (the organisation's profile, shown here and edited there) and,
 * per activity, the joint controllers or, for a processor record, the controllers it acts for.
 */
import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Contact } from '../../../../../shared/schemas/contact'
import { countryName, isEea } from '../../../../../shared/reference/countries'
import { paths } from '../../../../app/paths'
import { CatalogueMultiField } from '../../../catalogues/CatalogueField'
import type { SectionProps } from '../types'
import { uiLanguage } from '../../../../i18n'

function contactLine(contact: Pick<Contact, 'address' | 'email' | 'phone'>) {
  return [contact.address?.replace(/\s*\n\s*/g, ', '), contact.email, contact.phone]
    .filter(Boolean)
    .join(' · ')
}

function Who({
  label,
  name,
  details,
  missing,
}: {
  label: string
  name: string | null
  details: string
  missing: string
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      {name ? (
        <>
          <Text size="sm" fw={500}>
            {name}
          </Text>
          <Text size="xs" c={details ? undefined : 'orange.8'}>
            {details || missing}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {missing}
        </Text>
      )}
    </div>
  )
}

export function PartiesSection({ form, fields, organisationId, organisation }: SectionProps) {
  const { t } = useTranslation()
  const processor = form.values.role === 'processor'
  const outsideEea = organisation.country !== null && !isEea(organisation.country)
  return (
    <Stack gap="md">
      <Card withBorder bg="gray.0" padding="sm">
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            <Who
              label={processor ? t('editor.parties.processor') : t('editor.parties.controller')}
              name={organisation.name}
              details={contactLine(organisation)}
              missing={t('editor.parties.noContact')}
            />
            <Who
              label={t('labels.fields.organisation.representative')}
              name={organisation.representative?.name ?? null}
              details={organisation.representative ? contactLine(organisation.representative) : ''}
              missing={
                outsideEea
                  ? t('editor.parties.representativeNeeded', {
                      country: countryName(organisation.country!, uiLanguage()),
                    })
                  : t('editor.parties.notApplicable')
              }
            />
            <Who
              label={t('labels.fields.organisation.dpo')}
              name={organisation.dpo?.name ?? null}
              details={organisation.dpo ? contactLine(organisation.dpo) : ''}
              missing={t('common.notRecorded')}
            />
          </SimpleGrid>
          <Anchor component={Link} href={paths.profile(organisationId)} size="xs">
            {t('editor.parties.editProfile')}
          </Anchor>
        </Stack>
      </Card>
      {processor ? (
        <CatalogueMultiField
          catalogue="parties"
          organisationId={organisationId}
          newEntryDefaults={{ kind: 'client_controller' }}
          label={t('editor.parties.controllers')}
          placeholder={t('editor.parties.pickParties')}
          {...fields.input('controllerIds', t('editor.parties.controllersHelp'))}
        />
      ) : (
        <CatalogueMultiField
          catalogue="parties"
          organisationId={organisationId}
          newEntryDefaults={{ kind: 'joint_controller' }}
          label={t('editor.parties.jointControllers')}
          placeholder={t('editor.parties.pickParties')}
          required={form.values.role === 'joint_controller'}
          {...fields.input('jointControllerIds', t('editor.parties.jointControllersHelp'))}
        />
      )}
    </Stack>
  )
}
