/**
 * The inputs the field registry draws (shared/fields, `editor.auto`): the fields of the activity — or of one
 * item of a list, `purposes.2` — that sit in this section, each with its label, placeholder and help, offered
 * when its `shownWhen` holds or once it has a value or a finding. A section places them where they belong;
 * a new plain field appears without editor code (docs/adding-a-field.md).
 */
import { Checkbox, Stack, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Field, SectionId } from '../../../../shared/fields/define'
import { ACTIVITY_FIELDS, LIST_FIELDS } from '../../../../shared/fields/registry'
import type { Role } from '../../../../shared/schemas/codes'
import type { FieldBinder } from '../../../components/field-binder'
import type { ActivityForm } from './types'

interface Props {
  section: SectionId
  form: ActivityForm
  fields: FieldBinder
  /** An item's fields: the list's path and the item's index. */
  item?: { list: string; index: number }
}

const sectionFor = (field: Field<any>, role: Role) =>
  (role === 'processor' && field.editor?.processorSection) || field.editor?.section

export function RegistryInputs({ section, form, fields, item }: Props) {
  const { t } = useTranslation()
  const tr = (key: string) => t(key as never) as string
  const role = form.values.role
  const owner: Record<string, unknown> = item ? (form.values as any)[item.list][item.index] : form.values
  const candidates: readonly Field<any>[] = item
    ? (LIST_FIELDS.find((l) => l.path === item.list)?.item.fields ?? [])
    : ACTIVITY_FIELDS
  const shown = candidates.filter((field) => {
    if (!field.editor?.auto || sectionFor(field, role) !== section) return false
    if (field.controllerOnly && role === 'processor') return false
    const path = item ? `${item.list}.${item.index}.${field.path}` : field.path
    const value = owner[field.path]
    const recorded = value !== null && value !== undefined && value !== '' && value !== false
    return (
      !field.editor.shownWhen ||
      field.editor.shownWhen(owner) ||
      recorded ||
      fields.findingsAt(path).length > 0
    )
  })
  if (shown.length === 0) return null
  return (
    <Stack gap="xs">
      {shown.map((field) => {
        const path = item ? `${item.list}.${item.index}.${field.path}` : field.path
        const editor = field.editor!
        const label = tr(`labels.fields.activity.${field.label}`)
        const placeholder = editor.placeholder === undefined ? undefined : tr(editor.placeholder)
        const help = editor.help === undefined ? undefined : tr(editor.help)
        switch (editor.input) {
          case 'checkbox':
            return <Checkbox key={field.id} label={label} {...fields.checkbox(path, help)} />
          case 'textarea':
            return (
              <Textarea
                key={field.id}
                label={label}
                placeholder={placeholder}
                autosize
                minRows={2}
                {...fields.text(path, help)}
              />
            )
          default:
            return (
              <TextInput
                key={field.id}
                label={label}
                placeholder={placeholder}
                {...fields.text(path, help)}
              />
            )
        }
      })}
    </Stack>
  )
}
