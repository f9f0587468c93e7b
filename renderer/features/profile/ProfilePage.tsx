/**
 * The organisation's own entry of the record (Art. 30(1)(a) / 30(2)(a)): name and contact details, the
 * Art. 27 representative, the DPO, a contact person, the lead supervisory authority and the export language.
 * Findings about the profile (from the last saved state) appear at their fields.
 */
import {
  Button,
  Card,
  Center,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../../shared/api/client'
import type { Finding } from '../../../shared/checks'
import { isEea } from '../../../shared/reference/countries'
import { SUPERVISORY_AUTHORITIES } from '../../../shared/reference/authorities'
import { countryName } from '../../../shared/reference/countries'
import {
  organisationProfileSchema,
  type Organisation,
  type OrganisationProfile,
} from '../../../shared/schemas/organisation'
import { useApi, useApiMutation } from '../../api/hooks'
import { useFieldParam } from '../../app/use-field-param'
import { useUnsavedChangesGuard } from '../../app/unsaved-changes'
import { languageOptions } from '../../components/code-options'
import { CountrySelect } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import { bindFields, findingsByPath } from '../../components/field-binder'
import { FindingList } from '../../components/findings'
import { issuesToFormErrors } from '../../components/form-errors'
import { blankToNull, schemaValidator } from '../../components/form-resolver'
import { notifyError, notifySuccess } from '../../components/notify'
import { ExportRegisterButton } from '../register-file/ExportRegisterButton'
import { ContactFields } from './ContactFields'
import { PageHeader } from '../../components/PageHeader'
import { uiLanguage } from '../../i18n'
import { useUiLanguage } from '../../i18n/use-ui-language'
import { SearchableSelect } from '../../components/SearchableSelect'

export function ProfilePage({ organisationId }: { organisationId: string }) {
  const organisation = useApi('organisations.get', { id: organisationId })
  if (organisation.isPending) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    )
  }
  if (organisation.isError) return <ErrorAlert error={organisation.error} />
  return <ProfileForm key={organisation.data.id} organisation={organisation.data} />
}

function ProfileForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const update = useApiMutation('organisations.update', ['organisations', 'checks', 'register'])
  const checks = useApi('checks.organisation', { organisationId: organisation.id, language, dates: 'local' })
  const { id: _id, createdAt: _c, updatedAt: _u, ...profile } = organisation
  const form = useForm<OrganisationProfile>({
    initialValues: profile,
    validate: schemaValidator(organisationProfileSchema),
  })
  const { leave } = useUnsavedChangesGuard(() => form.isDirty())
  useFieldParam(true)

  const findings = useMemo<Finding[]>(
    () => (checks.data?.findings ?? []).filter((f) => f.entity === 'organisation') as Finding[],
    [checks.data],
  )
  const fields = bindFields(form, findingsByPath(findings))
  const outsideEea = form.values.country !== null && !isEea(form.values.country)
  const authorities = useMemo(
    () =>
      SUPERVISORY_AUTHORITIES.items
        .map((a) => ({
          value: a.countryCode,
          label: `${countryName(a.countryCode, uiLanguage())} — ${a.abbreviation && a.abbreviation !== a.name ? `${a.name} (${a.abbreviation})` : a.name}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [],
  )

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync({ id: organisation.id, profile: blankToNull(values) })
      form.resetDirty(values)
      notifySuccess(t('profile.saved', { name: saved.name }))
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length)
        form.setErrors(issuesToFormErrors(error.issues, 'profile'))
      else notifyError(error)
    }
  })

  const f = (key: keyof typeof profile | 'contactRole') => t(`labels.fields.organisation.${key}`)

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <PageHeader
          context={organisation.name}
          title={t('profile.title')}
          className="sticky-page-header"
          actions={
            <Group>
              <ExportRegisterButton organisationId={organisation.id} organisationName={organisation.name} />
              <Button variant="default" disabled={!form.isDirty()} onClick={() => leave(() => form.reset())}>
                {t('profile.discard')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('common.save')}
              </Button>
            </Group>
          }
        />
        <Text size="sm" c="dimmed">
          {t('profile.intro')}
        </Text>

        <Card withBorder>
          <Stack gap="sm">
            <Title order={4}>{t('profile.sections.identity')}</Title>
            <Group grow align="flex-start">
              <TextInput label={f('name')} required data-autofocus {...fields.text('name')} />
              <TextInput label={f('tradeName')} {...fields.text('tradeName')} />
            </Group>
            <Group grow align="flex-start">
              <TextInput label={f('registrationNumber')} {...fields.text('registrationNumber')} />
              <CountrySelect label={f('country')} {...fields.input('country', t('profile.countryHelp'))} />
            </Group>
            <Textarea label={f('address')} autosize minRows={2} {...fields.text('address')} />
            <Group grow align="flex-start">
              <TextInput label={f('email')} type="email" {...fields.text('email')} />
              <TextInput label={f('phone')} {...fields.text('phone')} />
              <TextInput label={f('website')} {...fields.text('website')} />
            </Group>
            <NumberInput
              label={f('employeeCount')}
              min={0}
              allowDecimal={false}
              maw={520}
              {...fields.number('employeeCount', t('profile.employeeHelp'))}
            />
          </Stack>
        </Card>

        <Card withBorder>
          <Stack gap="sm">
            <Title order={4}>{t('profile.sections.representative')}</Title>
            <Text size="sm" c={outsideEea ? 'orange.8' : 'dimmed'}>
              {outsideEea
                ? t('profile.representativeRequired', {
                    country: countryName(form.values.country!, uiLanguage()),
                  })
                : t('profile.representativeHelp')}
            </Text>
            <ContactFields
              form={form}
              fields={fields}
              path="representative"
              switchLabel={t('profile.hasRepresentative')}
            />
          </Stack>
        </Card>

        <Card withBorder>
          <Stack gap="sm">
            <Title order={4}>{t('profile.sections.dpo')}</Title>
            <Text size="sm" c="dimmed">
              {t('profile.dpoHelp')}
            </Text>
            <ContactFields form={form} fields={fields} path="dpo" switchLabel={t('profile.hasDpo')} />
          </Stack>
        </Card>

        <Card withBorder>
          <Stack gap="sm">
            <Title order={4}>{t('profile.sections.contactPerson')}</Title>
            <ContactFields
              form={form}
              fields={fields}
              path="contactPerson"
              switchLabel={t('profile.hasContactPerson')}
              withRole
            />
          </Stack>
        </Card>

        <Card withBorder>
          <Stack gap="sm">
            <Title order={4}>{t('profile.sections.authority')}</Title>
            <Group grow align="flex-start">
              <SearchableSelect
                label={f('supervisoryAuthority')}
                data={authorities}
                clearable
                allowDeselect
                {...fields.input('supervisoryAuthority', t('profile.authorityHelp'))}
              />
              <Select
                label={t('profile.language')}
                data={languageOptions(t)}
                {...fields.input('language', t('profile.languageHelp'))}
              />
            </Group>
          </Stack>
        </Card>
        <FindingList findings={findings.filter((f) => !f.field)} />
      </Stack>
    </form>
  )
}
