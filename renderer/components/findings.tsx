/** How a compliance finding looks wherever it appears: next to a field, in a section header, in a table. */
import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SeverityCounts } from '../../shared/api/checks'
import type { Finding, Severity } from '../../shared/checks'
import { citeArticleShort } from '../../shared/i18n/labels'
import { uiLanguage } from '../i18n'

export const SEVERITY_COLOURS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' }
const SEVERITIES: Severity[] = ['error', 'warning', 'info']

export function SeverityIcon({ severity, size = 16 }: { severity: Severity; size?: number }) {
  const colour = `var(--mantine-color-${SEVERITY_COLOURS[severity]}-7)`
  const Icon =
    severity === 'error' ? IconAlertCircle : severity === 'warning' ? IconAlertTriangle : IconInfoCircle
  return <Icon size={size} color={colour} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
}

/** "Art. 30(1)(e)" from the finding's plain "30(1)(e)"; the raw text if it is not an article number. */
function cite(article: string): string {
  try {
    return citeArticleShort(article, uiLanguage())
  } catch {
    return article
  }
}

/** One finding as a short note: icon, message, article. */
export function FindingNote({
  finding,
}: {
  finding: Pick<Finding, 'code' | 'severity' | 'message' | 'article'>
}) {
  const { t } = useTranslation()
  return (
    <Group
      gap={6}
      wrap="nowrap"
      align="flex-start"
      data-finding={finding.code}
      data-severity={finding.severity}
    >
      <SeverityIcon severity={finding.severity} size={15} />
      <Text size="xs" c={`${SEVERITY_COLOURS[finding.severity]}.9`} style={{ lineHeight: 1.45 }}>
        <Text span fw={600} size="xs">
          {t(`labels.codes.severity.${finding.severity}`)}:
        </Text>{' '}
        {finding.message}{' '}
        <Text span size="xs" c="dimmed">
          ({cite(finding.article)})
        </Text>
      </Text>
    </Group>
  )
}

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null
  return (
    <Stack gap={4} mt={4}>
      {findings.map((f, i) => (
        <FindingNote key={`${f.code}-${f.field}-${f.entityId}-${i}`} finding={f} />
      ))}
    </Stack>
  )
}

/** Small coloured counts ("2 errors, 1 warning") for tables and section headers; nothing when all are zero. */
export function FindingCountBadges({
  counts,
  size = 'sm',
}: {
  counts: SeverityCounts | undefined
  size?: 'xs' | 'sm'
}) {
  const { t } = useTranslation()
  if (!counts) return null
  const shown = SEVERITIES.filter((s) => counts[s] > 0)
  if (shown.length === 0) return null
  const label = shown.map((s) => t(`components.findingCount.${s}`, { count: counts[s] })).join(', ')
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <Group gap={4} wrap="nowrap" aria-label={label} role="img" data-testid="finding-counts">
        {shown.map((s) => (
          <Badge
            key={s}
            size={size}
            color={SEVERITY_COLOURS[s]}
            variant="light"
            leftSection={<SeverityIcon severity={s} size={12} />}
            styles={{ section: { marginRight: 2 } }}
          >
            {counts[s]}
          </Badge>
        ))}
      </Group>
    </Tooltip>
  )
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}
