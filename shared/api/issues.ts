/**
 * Turns zod issues into sentences a DPO can act on, each tied to the field it concerns.
 * Schemas may carry their own wording (`{ error: '…' }`); those messages are kept as they are.
 */
import type { z } from 'zod'
import type { FieldIssue } from './result'

/** `['activities', 1, 'transfers', 0, 'mechanism']` → `activities[1].transfers[0].mechanism` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

function listChoices(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v))
  return shown.join(', ') + (values.length > 12 ? ', …' : '')
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod does not keep the input in issues; its default message says what it received.
      if (/received undefined/.test(issue.message)) return 'is required'
      if (/received null/.test(issue.message)) return 'must not be empty'
      return `must be ${article(issue.expected)}`
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must have at least ${issue.minimum} characters`
      if (issue.origin === 'array')
        return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
      return `must be at least ${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `must have at most ${issue.maximum} characters`
      if (issue.origin === 'array') return `may have at most ${issue.maximum} items`
      return `must be at most ${issue.maximum}`
    case 'invalid_value':
      return `must be one of ${listChoices(issue.values)}`
    case 'invalid_format':
      return issue.format === 'date'
        ? 'must be a date written as YYYY-MM-DD'
        : `is not a valid ${issue.format}`
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this format does not know: ${issue.keys.join(', ')}`
    default:
      return issue.message
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  }
  return words[expected] ?? expected
}

/** True when the schema author wrote the message (zod's own defaults start with "Invalid" or "Too"). */
function isCustom(message: string): boolean {
  return !/^(Invalid|Too (small|big)|Unrecognized key|Expected)/.test(message)
}

/** Plain-language issues, one per problem, each naming its field path. */
export function toFieldIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path])
    const message = isCustom(issue.message) ? issue.message : describe(issue)
    return { path, message }
  })
}

/** One sentence for the whole failure: the first problem, and how many more there are. */
export function summariseIssues(issues: FieldIssue[]): string {
  if (issues.length === 0) return 'Some details are not valid.'
  const [first] = issues
  const where = first.path ? `${first.path}: ` : ''
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
  return `${where}${first.message}${more}.`
}
