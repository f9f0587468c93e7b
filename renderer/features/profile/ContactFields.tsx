/** A representative, DPO or contact person: recorded or not (a switch), and if so name and contact details. */
import { Group, Stack, Switch, Textarea, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { FieldBinder } from '../../components/field-binder'
import { FindingList } from '../../components/findings'

interface Props {
  form: UseFormReturnType<any>
  fields: FieldBinder
  path: 'representative' | 'dpo' | 'contactPerson'
  switchLabel: string
  withRole?: boolean
}

export function ContactFields({ form, fields, path, switchLabel, withRole = false }: Props) {
  const { t } = useTranslation()
  const recorded = form.values[path] !== null
  const c = (key: 'name' | 'address' | 'email' | 'phone' | 'role') => t(`labels.fields.contact.${key}`)
  return (
    <Stack gap="sm">
      <Switch
        label={switchLabel}
        checked={recorded}
        data-path={path}
        onChange={(e) =>
          form.setFieldValue(
            path,
            e.currentTarget.checked
              ? { name: '', address: null, email: null, phone: null, ...(withRole ? { role: null } : {}) }
              : null,
          )
        }
      />
      <FindingList findings={fields.findingsAt(path)} />
      {recorded && (
        <Stack gap="sm" pl="lg" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          <Group grow align="flex-start">
            <TextInput label={c('name')} required {...fields.text(`${path}.name`)} />
            {withRole && <TextInput label={c('role')} {...fields.text(`${path}.role`)} />}
          </Group>
          <Textarea label={c('address')} autosize minRows={2} {...fields.text(`${path}.address`)} />
          <Group grow align="flex-start">
            <TextInput label={c('email')} type="email" {...fields.text(`${path}.email`)} />
            <TextInput label={c('phone')} {...fields.text(`${path}.phone`)} />
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
