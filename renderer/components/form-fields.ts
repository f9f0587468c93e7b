/**
 * `getInputProps` variants for the register's value conventions: optional text is null when empty (so a
 * cleared field is "not recorded", not an empty string), numbers are null when empty.
 */
import type { UseFormReturnType } from '@mantine/form'
import type { ChangeEvent } from 'react'

// Form paths are checked where the schemas are; here any path of the form is accepted.
type AnyForm = UseFormReturnType<any>

export function textProps(form: AnyForm, path: string) {
  const props = form.getInputProps(path)
  return {
    ...props,
    value: (props.value as string | null | undefined) ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = event.currentTarget.value
      form.setFieldValue(path, text === '' ? null : text)
    },
  }
}

export function numberProps(form: AnyForm, path: string) {
  const props = form.getInputProps(path)
  return {
    ...props,
    value: (props.value as number | null | undefined) ?? '',
    onChange: (value: number | string) =>
      form.setFieldValue(path, typeof value === 'number' ? value : value === '' ? null : Number(value)),
  }
}

export function checkboxProps(form: AnyForm, path: string) {
  return form.getInputProps(path, { type: 'checkbox' })
}
