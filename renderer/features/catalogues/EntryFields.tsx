/** The fields of each catalogue's entry form; the same form serves the catalogue pages and the editor. */
import {
  Checkbox,
  Divider,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CatalogueName } from '../../../shared/schemas/catalogue'
import { mechanismsFor } from '../../../shared/reference/mechanisms'
import type { Mechanism } from '../../../shared/schemas/codes'
import {
  mechanismGroups,
  measureKindOptions,
  partyKindOptions,
  sccModuleOptions,
  specialKindOptions,
} from '../../components/code-options'
import { CountrySelect } from '../../components/CountrySelect'
import { DateField } from '../../components/DateField'
import { checkboxProps, numberProps, textProps } from '../../components/form-fields'
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
        <Select
          label={f('kind')}
          required
          data={partyKindOptions(t)}
          placeholder={t('catalogues.chooseKind')}
          {...form.getInputProps('kind')}
        />
        <CountrySelect
          label={f('country')}
          showTransferStatus
          today={todayLocal()}
          {...form.getInputProps('country')}
        />
      </Group>
      {(country === 'US' || form.values.dpfCertified) && (
        <Checkbox
          label={f('dpfCertified')}
          description={t('catalogues.parties.dpfHelp')}
          {...checkboxProps(form, 'dpfCertified')}
        />
      )}
      <Textarea label={f('address')} autosize minRows={2} {...textProps(form, 'address')} />
      <Group grow align="flex-start">
        <TextInput label={f('email')} type="email" {...textProps(form, 'email')} />
        <TextInput label={f('website')} {...textProps(form, 'website')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={f('dpaReference')}
          description={t('catalogues.parties.dpaHelp')}
          {...textProps(form, 'dpaReference')}
        />
        <DateField label={f('dpaSignedOn')} {...form.getInputProps('dpaSignedOn')} />
      </Group>
      <Textarea label={f('notes')} autosize minRows={2} {...textProps(form, 'notes')} />
      <PartyTransferFields form={form} />
    </Stack>
  )
}

/** Every mechanism a contract may rely on: adequacy (e.g. a DPF-certified US company) and the safeguards and derogations. */
const CONTRACT_MECHANISMS: readonly Mechanism[] = ['ADEQ', ...mechanismsFor(null).mechanisms]

/** The party's transfer facts: recorded once here, used by every transfer to the party. */
function PartyTransferFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  const f = (key: string) => t(`labels.fields.party.${key}` as 'labels.fields.party.name')
  const mechanism = form.values.transferMechanism as Mechanism | null
  const showDpfDate =
    form.values.country === 'US' || form.values.dpfCertified || form.values.dpfCheckedOn !== null
  return (
    <Stack gap="xs">
      <Divider mt="xs" label={t('catalogues.parties.transfersTitle')} labelPosition="left" />
      <Text size="xs" c="dimmed">
        {t('catalogues.parties.transfersHelp')}
      </Text>
      <Group grow align="flex-start">
        <Select
          label={f('transferMechanism')}
          placeholder={t('catalogues.parties.chooseMechanism')}
          data={mechanismGroups(t, CONTRACT_MECHANISMS, mechanism)}
          searchable
          clearable
          maxDropdownHeight={320}
          {...form.getInputProps('transferMechanism')}
          onChange={(value: string | null) => {
            form.setFieldValue('transferMechanism', value)
            if (value !== 'A46_2_c') form.setFieldValue('sccModule', null)
          }}
        />
        {mechanism === 'A46_2_c' && (
          <Select
            label={f('sccModule')}
            placeholder={t('catalogues.parties.chooseModule')}
            data={sccModuleOptions(t)}
            clearable
            value={form.values.sccModule === null ? null : String(form.values.sccModule)}
            error={form.errors.sccModule}
            onChange={(v: string | null) => form.setFieldValue('sccModule', v === null ? null : Number(v))}
          />
        )}
      </Group>
      <Group grow align="flex-start">
        <Checkbox
          mt="xs"
          label={f('transferImpactAssessment')}
          description={t('catalogues.parties.tiaHelp')}
          {...checkboxProps(form, 'transferImpactAssessment')}
        />
        {showDpfDate && (
          <DateField
            label={f('dpfCheckedOn')}
            description={t('catalogues.parties.dpfCheckedHelp')}
            {...form.getInputProps('dpfCheckedOn')}
          />
        )}
      </Group>
    </Stack>
  )
}

function SubjectFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <TextInput
        label={t('labels.fields.dataSubjectCategory.name')}
        placeholder={t('catalogues.dataSubjectCategories.namePlaceholder')}
        required
        data-autofocus
        {...textProps(form, 'name')}
      />
      <Textarea
        label={t('labels.fields.dataSubjectCategory.description')}
        autosize
        minRows={2}
        {...textProps(form, 'description')}
      />
      <Checkbox
        label={t('catalogues.dataSubjectCategories.vulnerable')}
        description={t('catalogues.dataSubjectCategories.vulnerableHelp')}
        {...checkboxProps(form, 'vulnerable')}
      />
    </Stack>
  )
}

function DataCategoryFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <TextInput
        label={t('labels.fields.dataCategory.name')}
        placeholder={t('catalogues.dataCategories.namePlaceholder')}
        required
        data-autofocus
        {...textProps(form, 'name')}
      />
      <Select
        label={t('labels.fields.dataCategory.special')}
        description={t('catalogues.dataCategories.specialHelp')}
        data={specialKindOptions(t)}
        {...form.getInputProps('special')}
      />
      <Textarea
        label={t('labels.fields.dataCategory.description')}
        autosize
        minRows={2}
        {...textProps(form, 'description')}
      />
      <Group align="flex-start" grow wrap="nowrap">
        <TextInput
          label={t('labels.fields.dataCategory.defaultRetention')}
          description={t('catalogues.dataCategories.retentionHelp')}
          placeholder={t('catalogues.dataCategories.retentionPlaceholder')}
          style={{ flexGrow: 3 }}
          {...textProps(form, 'defaultRetention')}
        />
        <NumberInput
          label={t('labels.fields.dataCategory.defaultRetentionMonths')}
          min={0}
          max={1200}
          allowDecimal={false}
          style={{ flexGrow: 1 }}
          {...numberProps(form, 'defaultRetentionMonths')}
        />
      </Group>
    </Stack>
  )
}

function MeasureFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Select
        label={t('labels.fields.securityMeasure.kind')}
        required
        data={measureKindOptions(t)}
        placeholder={t('catalogues.chooseKind')}
        data-autofocus
        {...form.getInputProps('kind')}
      />
      <TextInput
        label={t('labels.fields.securityMeasure.name')}
        placeholder={t('catalogues.securityMeasures.namePlaceholder')}
        required
        {...textProps(form, 'name')}
      />
      <Textarea
        label={t('labels.fields.securityMeasure.description')}
        autosize
        minRows={2}
        {...textProps(form, 'description')}
      />
    </Stack>
  )
}
