/**
 * Form validation with the backend's own zod schemas, worded as the backend words its refusals
 * (shared/api/issues), so an error reads the same at the field whether the form or the server found it.
 */
import { z } from 'zod'
import { toFieldIssues } from '../../shared/api/issues'
import { toFormPath } from './form-errors'

/** Blank text becomes null, as the register stores "not recorded"; lists of names keep their items. */
export function blankToNull<T>(value: T): T {
  if (typeof value === 'string') return (value.trim() === '' ? null : value) as T
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? item : blankToNull(item))) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, blankToNull(item)])) as T
  }
  return value
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let current = values
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/**
 * A `validate` function for `useForm`: the values, blanks read as null, checked against `schema`; each
 * problem becomes a sentence at its field. An empty choice says "Choose one" rather than listing every code.
 */
export function schemaValidator<T>(schema: z.ZodType, prepare: (values: T) => unknown = blankToNull) {
  return (values: T): Record<string, string> => {
    const prepared = prepare(values)
    const parsed = schema.safeParse(prepared)
    if (parsed.success) return {}
    const issues = toFieldIssues(parsed.error)
    const errors: Record<string, string> = {}
    parsed.error.issues.forEach((issue, index) => {
      const key = toFormPath(issues[index].path)
      if (errors[key]) return
      const empty = valueAt(prepared, issue.path) == null
      errors[key] =
        empty && issue.code === 'invalid_value'
          ? 'Choose one of the options'
          : capitalise(issues[index].message)
    })
    return errors
  }
}
