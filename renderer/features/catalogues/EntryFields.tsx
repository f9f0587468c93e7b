/** The fields of each catalogue's entry form; the same form serves the catalogue pages and the editor. */
import { Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CatalogueName } from '../../../shared/schemas/catalogue'
import { measureKindOptions, partyKindOptions, specialKindOptions } from '../../components/code-options'
import { CountrySelect } from '../../components/CountrySelect'
import { DateField } from '../../components/DateField'
import { checkboxProps, textProps } from '../../components/form-fields'
import { todayLocal } from '../../components/format'

type AnyForm = UseFormReturnType<any>

export function EntryFields({ catalogue, form }: { catalogue: CatalogueName; form: AnyForm }) {
  switch (catalogue) {
    case 'parties':
      return <PartyFields form={form} />
    case 'dataSubjectCategories':
      return <SubjectFields form={form} />
    case 'dataCategories':
      return <DataCategoryFields form={form} />
    case 'securityMeasures':
      return <MeasureFields form={form} />
  }
}

function PartyFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  const f = (key: string) => t(`labels.fields.party.${key}` as 'labels.fields.party.name')
  const country = form.values.country as string | null
  return (
    <Stack gap="sm">
      <TextInput label={f('name')} required data-autofocus {...textProps(form, 'name')} />
      <Group grow align="flex-start">
        <Select label={f('kind')} required data={partyKindOptions(t)} placeholder={t('catalogues.chooseKind')} {...form.getInputProps('kind')} />
        <CountrySelect label={f('country')} showTransferStatus today={todayLocal()} {...form.getInputProps('country')} />
      </Group>
      {(country === 'US' || form.values.dpfCertified) && (
        <Checkbox label={f('dpfCertified')} description={t('catalogues.parties.dpfHelp')} {...checkboxProps(form, 'dpfCertified')} />
      )}
      <Textarea label={f('address')} autosize minRows={2} {...textProps(form, 'address')} />
      <Group grow align="flex-start">
        <TextInput label={f('email')} type="email" {...textProps(form, 'email')} />
        <TextInput label={f('website')} {...textProps(form, 'website')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={f('dpaReference')} description={t('catalogues.parties.dpaHelp')} {...textProps(form, 'dpaReference')} />
        <DateField label={f('dpaSignedOn')} {...form.getInputProps('dpaSignedOn')} />
      </Group>
      <Textarea label={f('notes')} autosize minRows={2} {...textProps(form, 'notes')} />
    </Stack>
  )
}

function SubjectFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <TextInput label={t('labels.fields.dataSubjectCategory.name')} placeholder={t('catalogues.dataSubjectCategories.namePlaceholder')} required data-autofocus {...textProps(form, 'name')} />
      <Textarea label={t('labels.fields.dataSubjectCategory.description')} autosize minRows={2} {...textProps(form, 'description')} />
      <Checkbox label={t('catalogues.dataSubjectCategories.vulnerable')} description={t('catalogues.dataSubjectCategories.vulnerableHelp')} {...checkboxProps(form, 'vulnerable')} />
    </Stack>
  )
}

function DataCategoryFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <TextInput label={t('labels.fields.dataCategory.name')} placeholder={t('catalogues.dataCategories.namePlaceholder')} required data-autofocus {...textProps(form, 'name')} />
      <Select label={t('labels.fields.dataCategory.special')} description={t('catalogues.dataCategories.specialHelp')} data={specialKindOptions(t)} {...form.getInputProps('special')} />
      <Textarea label={t('labels.fields.dataCategory.description')} autosize minRows={2} {...textProps(form, 'description')} />
    </Stack>
  )
}

function MeasureFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Select label={t('labels.fields.securityMeasure.kind')} required data={measureKindOptions(t)} placeholder={t('catalogues.chooseKind')} data-autofocus {...form.getInputProps('kind')} />
      <TextInput label={t('labels.fields.securityMeasure.name')} placeholder={t('catalogues.securityMeasures.namePlaceholder')} required {...textProps(form, 'name')} />
      <Textarea label={t('labels.fields.securityMeasure.description')} autosize minRows={2} {...textProps(form, 'description')} />
    </Stack>
  )
}
