/**
 * "New organisation in a minute": name, country (which sets the lead authority and the export language), size
 * and sector, then the suggested templates ticked and the vendors it uses, created in one step by
 * `library.createOrganisation` (all or nothing). One page rather than steps, so a DPO who accepts the
 * suggestions needs no "next" clicks; it lands on the new organisation's activities.
 */
import {
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { memo, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ApiCallError } from '../../../shared/api/client'
import { organisationDefaults } from '../../../shared/library/organisation-defaults'
import { SECTORS, type Sector } from '../../../shared/library/template-types'
import { authorityFor, authorityNameIn } from '../../../shared/reference/authorities'
import type { CountryCode } from '../../../shared/reference/countries'
import { useApi, useApiMutation } from '../../api/hooks'
import { paths } from '../../app/paths'
import { CountrySelect } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'
import { PageHeader } from '../../components/PageHeader'
import { useUiLanguage } from '../../i18n/use-ui-language'
import { chosenTemplateIds, noChoice, TemplateChecklist, type ChecklistChoice } from './TemplateChecklist'

const FORM_FIELDS = new Set(['name', 'country', 'employeeCount'])

export function NewOrganisationPage() {
  const { t } = useTranslation()
  const lang = useUiLanguage()
  const [, navigate] = useLocation()
  const [name, setName] = useState('')
  const [country, setCountry] = useState<string | null>(null)
  const [employeeCount, setEmployeeCount] = useState<number | null>(null)
  const [sector, setSector] = useState<Sector | null>(null)
  const [choice, setChoice] = useState<ChecklistChoice>(noChoice)
  const [vendorIds, setVendorIds] = useState<string[]>([])
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const create = useApiMutation('library.createOrganisation', [
    'organisations',
    'activities',
    'catalogues',
    'library',
  ])

  // Named in the interface's language for choosing; the activities are written in the export language.
  const templates = useApi('library.templates.list', { language: lang, sector, employeeCount })
  const vendors = useApi('library.vendors.list', {})
  const vendorOptions = useMemo(
    () =>
      (vendors.data ?? []).map((v) => ({
        value: v.id,
        label: v.service ? `${v.name} — ${v.service}` : v.name,
      })),
    [vendors.data],
  )
  const defaults = country ? organisationDefaults(country) : null
  const authority = country ? authorityFor(country as CountryCode) : null
  const chosen = chosenTemplateIds(templates.data ?? [], choice)

  const submit = async () => {
    setFieldErrors({})
    try {
      const result = await create.mutateAsync({
        name: name.trim(),
        country: country ?? '',
        employeeCount,
        sector,
        templateIds: chosen,
        vendorIds,
      })
      notifySuccess(t('library.wizard.created', { name: result.name, count: result.activities.length }))
      navigate(paths.activities(result.organisationId))
    } catch (error) {
      // The backend checks the input (zod); its words go next to the fields they name, the rest above the button.
      if (error instanceof ApiCallError) {
        const fields = error.issues
          .map((issue) => [issue.path.split('.')[0], issue.message])
          .filter(([field]) => FORM_FIELDS.has(field))
        setFieldErrors(Object.fromEntries(fields))
      }
    }
  }

  return (
    <Stack maw={1040} data-testid="new-organisation-wizard">
      <PageHeader title={t('library.wizard.title')} intro={t('library.wizard.intro')} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <Card withBorder padding="lg">
            <Title order={4} mb="sm">
              1 · {t('library.wizard.aboutTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('organisations.name')}
                placeholder={t('organisations.namePlaceholder')}
                required
                data-autofocus
                autoFocus
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={fieldErrors.name}
              />
              <CountrySelect
                label={t('library.wizard.country')}
                description={t('library.wizard.countryHelp')}
                required
                value={country}
                onChange={setCountry}
                error={fieldErrors.country}
              />
              <NumberInput
                label={t('library.wizard.employees')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                value={employeeCount ?? ''}
                onChange={(value) => setEmployeeCount(typeof value === 'number' ? value : null)}
                error={fieldErrors.employeeCount}
              />
              <Select
                label={t('library.wizard.sector')}
                placeholder={t('library.wizard.sectorPlaceholder')}
                data={SECTORS.map((s) => ({ value: s, label: t(`library.sector.${s}`) }))}
                value={sector}
                onChange={(value) => setSector(value as Sector | null)}
                clearable
              />
            </SimpleGrid>
            {defaults && (
              <Text size="sm" mt="sm" c="dimmed" data-testid="wizard-derived">
                {authority
                  ? t('library.wizard.derived', {
                      authority: authorityNameIn(authority, lang),
                      language: t(`app.languages.${defaults.language}`),
                    })
                  : t('library.wizard.noAuthority')}
              </Text>
            )}
          </Card>

          <Card withBorder padding="lg">
            <Title order={4}>2 · {t('library.wizard.activitiesTitle')}</Title>
            <Text size="sm" c="dimmed" mb="md">
              {defaults
                ? t('library.wizard.activitiesIntro', { language: t(`app.languages.${defaults.language}`) })
                : t('library.wizard.countryFirst')}
            </Text>
            <ErrorAlert error={templates.error} />
            {templates.data && (
              <TemplateChecklist templates={templates.data} choice={choice} onChange={setChoice} />
            )}
          </Card>

          <Card withBorder padding="lg">
            <Title order={4}>3 · {t('library.wizard.vendorsTitle')}</Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('library.wizard.vendorsIntro')}
            </Text>
            <ErrorAlert error={vendors.error} />
            <VendorPicker options={vendorOptions} value={vendorIds} onChange={setVendorIds} />
          </Card>

          <ErrorAlert error={Object.keys(fieldErrors).length ? null : create.error} />
          <Group justify="flex-end">
            <Button
              type="submit"
              size="md"
              loading={create.isPending}
              leftSection={<IconSparkles size={18} />}
            >
              {t('library.wizard.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}

/** Memoised for the same reason as the checklist: a hundred vendors need not re-render as the name is typed. */
const VendorPicker = memo(function VendorPicker({
  options,
  value,
  onChange,
}: {
  options: { value: string; label: string }[]
  value: string[]
  onChange(ids: string[]): void
}) {
  const { t } = useTranslation()
  return (
    <MultiSelect
      label={t('library.wizard.vendors')}
      placeholder={t('library.wizard.vendorsPlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      limit={30}
    />
  )
})
