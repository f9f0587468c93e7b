/**
 * Maps the backend's field paths (`activity.purposes[0].description`) onto Mantine form paths
 * (`purposes.0.description`), so a server-side refusal shows at the field like a client-side one.
 */
import type { FieldIssue } from '../../shared/api'

export function toFormPath(path: string, prefix?: string): string {
  let p = path
  if (prefix && (p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`)))
    p = p.slice(prefix.length).replace(/^\./, '')
  return p.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')
}

export function issuesToFormErrors(issues: FieldIssue[], prefix?: string): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const key = toFormPath(issue.path, prefix)
    if (key && !errors[key]) errors[key] = issue.message
  }
  return errors
}
