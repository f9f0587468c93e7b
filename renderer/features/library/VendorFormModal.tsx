/**
 * Add a vendor, or edit one (a built-in entry stays as shipped; the edit is used instead). The backend checks
 * the fields (vendorFieldsSchema) and its words show at the fields; on save the caller gets the organisations
 * whose parties now differ, to offer them the change.
 */
import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../../shared/api/client'
import type { LibraryUser } from '../../../shared/api/library'
import { DPF_STATUSES, type VendorView } from '../../../shared/library/vendor-schema'
import { VENDOR_CATEGORIES } from '../../../shared/library/vendor-types'
import { COUNTRIES, countryName } from '../../../shared/reference/countries'
import { MECHANISMS, type Mechanism } from '../../../shared/schemas/codes'
import { useApiMutation } from '../../api/hooks'
import { mechanismLabel, partyKindOptions, sccModuleOptions } from '../../components/code-options'
import { CountrySelect } from '../../components/CountrySelect'
import { issuesToFormErrors } from '../../components/form-errors'
import { notifySuccess } from '../../components/notify'
import { useUiLanguage } from '../../i18n/use-ui-language'
import { DialogForm } from './DialogForm'

export interface VendorFormValues {
  name: string
  category: string
  service: string
  kind: string
  legalEntity: string
  country: string | null
  parent: string
  processingCountries: string[]
  dpf: string
  mechanisms: string[]
  sccModules: string[]
  website: string
  privacy: string
  dpa: string
  subprocessors: string
  uncertain: string
}

function initialValues(v: VendorView | null): VendorFormValues {
  return {
    name: v?.name ?? '',
    category: v?.category ?? 'cloud_hosting',
    service: v?.service ?? '',
    kind: v?.kind ?? 'processor',
    legalEntity: v?.legalEntity ?? '',
    country: v?.country ?? null,
    parent: v?.parent ?? '',
    processingCountries: v?.processingCountries ?? [],
    dpf: v?.dpf ?? 'unknown',
    mechanisms: v?.transfers?.mechanisms ?? [],
    sccModules: (v?.transfers?.sccModules ?? []).map(String),
    website: v?.links.website ?? '',
    privacy: v?.links.privacy ?? '',
    dpa: v?.links.dpa ?? '',
    subprocessors: v?.links.subprocessors ?? '',
    uncertain: v?.uncertain ?? '',
  }
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim())

interface Props {
  vendor: VendorView | null
  /** A new vendor's fields filled in beforehand (keeping an organisation's party in the library). */
  prefill?: Partial<VendorFormValues>
  title?: string
  onClose(): void
  onSaved(users: LibraryUser[], vendor: VendorView): void
}

export function VendorFormModal({ vendor, prefill, title, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const lang = useUiLanguage()
  const save = useApiMutation('library.vendors.save', ['library'])
  const form = useForm<VendorFormValues>({ initialValues: { ...initialValues(vendor), ...prefill } })
  const countries = useMemo(
    () => COUNTRIES.items.map((c) => ({ value: c, label: `${countryName(c, lang)} (${c})` })),
    [lang],
  )
  const l = (key: string) => t(`library.vendors.${key}` as 'library.vendors.name')

  const submit = form.onSubmit(async (v) => {
    const transfers =
      v.mechanisms.length || v.sccModules.length
        ? {
            mechanisms: v.mechanisms as Mechanism[],
            sccModules: v.sccModules.map(Number) as (1 | 2 | 3 | 4)[],
          }
        : null
    try {
      const result = await save.mutateAsync({
        id: vendor?.id ?? null,
        vendor: {
          name: v.name,
          category: v.category as VendorView['category'],
          service: orNull(v.service),
          aliases: vendor?.aliases ?? [],
          kind: v.kind as VendorView['kind'],
          legalEntity: v.legalEntity,
          country: v.country ?? '',
          parent: orNull(v.parent),
          processingCountries: v.processingCountries,
          dpf: v.dpf as VendorView['dpf'],
          transfers,
          links: {
            website: orNull(v.website),
            privacy: orNull(v.privacy),
            dpa: orNull(v.dpa),
            subprocessors: orNull(v.subprocessors),
          },
          uncertain: orNull(v.uncertain),
        },
      })
      notifySuccess(t('library.vendors.saved'))
      onSaved(result.users, result.vendor)
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length) {
        const errors = issuesToFormErrors(error.issues, 'vendor')
        // Links and transfers are nested in the API, flat in the form.
        form.setErrors(
          Object.fromEntries(
            Object.entries(errors).map(([k, m]) => [k.replace(/^(links|transfers)\./, ''), m]),
          ),
        )
      }
    }
  })

  return (
    <DialogForm
      title={
        title ??
        (vendor ? t('library.vendors.editTitle', { name: vendor.name }) : t('library.vendors.addTitle'))
      }
      testId="vendor-form"
      size="xl"
      gap="sm"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      submitting={save.isPending}
      error={save.error}
    >
      <SimpleGrid cols={2}>
        <TextInput label={l('name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={l('category')}
          data={VENDOR_CATEGORIES.map((c) => ({ value: c, label: t(`library.vendorCategory.${c}`) }))}
          allowDeselect={false}
          {...form.getInputProps('category')}
        />
        <TextInput label={l('service')} {...form.getInputProps('service')} />
        <Select
          label={l('kind')}
          data={partyKindOptions(t)}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <TextInput label={l('legalEntity')} required {...form.getInputProps('legalEntity')} />
        <CountrySelect label={l('country')} required {...form.getInputProps('country')} />
        <TextInput label={l('parent')} {...form.getInputProps('parent')} />
        <MultiSelect
          label={l('processingCountries')}
          data={countries}
          searchable
          {...form.getInputProps('processingCountries')}
        />
        <Select
          label={l('dpf')}
          data={DPF_STATUSES.map((d) => ({ value: d, label: t(`library.dpf.${d}`) }))}
          allowDeselect={false}
          {...form.getInputProps('dpf')}
        />
        <MultiSelect
          label={l('mechanisms')}
          data={MECHANISMS.map((m) => ({ value: m, label: mechanismLabel(t, m) }))}
          {...form.getInputProps('mechanisms')}
        />
        <MultiSelect
          label={l('sccModules')}
          data={sccModuleOptions(t)}
          {...form.getInputProps('sccModules')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label={l('website')} placeholder="https://" {...form.getInputProps('website')} />
        <TextInput label={l('privacy')} placeholder="https://" {...form.getInputProps('privacy')} />
        <TextInput label={l('dpa')} placeholder="https://" {...form.getInputProps('dpa')} />
        <TextInput
          label={l('subprocessors')}
          placeholder="https://"
          {...form.getInputProps('subprocessors')}
        />
      </SimpleGrid>
      <Textarea label={l('uncertain')} autosize minRows={2} {...form.getInputProps('uncertain')} />
    </DialogForm>
  )
}
