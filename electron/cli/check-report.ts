/**
 * How `ropa check` prints findings: a flat JSON list for tools, and for people a report grouped by
 * organisation and severity, wrapped to the terminal, ending in one summary line.
 */
import type { OrganisationChecks, SeverityCounts } from '../../shared/api/checks'
import type { Severity } from '../../shared/checks'
import { citeArticleShort } from '../../shared/i18n/labels'

export interface CheckedOrganisation {
  id: string
  name: string
  checks: OrganisationChecks
}

/** The `--json` shape: one flat list, each finding naming its organisation. */
export function findingsJson(results: readonly CheckedOrganisation[]) {
  return {
    findings: results.flatMap(({ id, name, checks }) =>
      checks.findings.map((f) => ({
        organisation: name,
        organisationId: id,
        code: f.code,
        severity: f.severity,
        article: f.article,
        message: f.message,
        activityReference: f.activityReference,
        entity: f.entity,
        entityId: f.entityId,
        field: f.field,
      })),
    ),
  }
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'For information' }
const NOUNS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
}

const plural = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`

export function describeCounts(counts: SeverityCounts): string {
  return SEVERITIES.map((s) => plural(counts[s], NOUNS[s])).join(', ')
}

/**
 * Register text is the user's (or an imported file's): control characters in it must not move the cursor
 * or recolour the terminal, so they print as spaces.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
}

/** Breaks text into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

const ORGANISATION_LABEL = 'Organisation'

function organisationReport(result: CheckedOrganisation, width: number): string[] {
  const { findings, counts, today } = result.checks
  const out = [
    `${terminalSafe(result.name)}: ${findings.length === 0 ? 'no findings' : describeCounts(counts)} (checked on ${today})`,
  ]
  if (findings.length === 0) return out
  const where = (ref: string | null) => (ref === null ? ORGANISATION_LABEL : terminalSafe(ref))
  const article = (ref: string) => citeArticleShort(ref, 'en')
  // Columns: where the finding is, the article, then the message wrapped under itself.
  const whereWidth = Math.max(...findings.map((f) => where(f.activityReference).length))
  const articleWidth = Math.max(...findings.map((f) => article(f.article).length))
  const indent = 4 + whereWidth + 2 + articleWidth + 2
  const messageWidth = Math.max(40, width - indent)
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity)
    if (group.length === 0) continue
    out.push('', `  ${HEADINGS[severity]} (${group.length})`)
    for (const f of group) {
      const [first, ...rest] = wrap(terminalSafe(f.message), messageWidth)
      out.push(
        `    ${where(f.activityReference).padEnd(whereWidth)}  ${article(f.article).padEnd(articleWidth)}  ${first ?? ''}`,
      )
      for (const line of rest) out.push(' '.repeat(indent) + line)
    }
  }
  return out
}

/** The human report: one block per organisation, then the summary line. */
export function findingsText(results: readonly CheckedOrganisation[], width: number): string {
  const blocks = results.map((r) => organisationReport(r, width).join('\n'))
  const total: SeverityCounts = { error: 0, warning: 0, info: 0 }
  for (const { checks } of results) for (const s of SEVERITIES) total[s] += checks.counts[s]
  const what = results.length === 1 ? '1 organisation' : `${results.length} organisations`
  const summary =
    results.length === 0 ? 'No organisations to check.' : `Checked ${what}: ${describeCounts(total)}.`
  return [...blocks, summary].join('\n\n') + '\n'
}
