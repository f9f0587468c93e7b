import { Accordion, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { OrganisationChecks } from '../../../shared/api/checks'
import type { Severity } from '../../../shared/checks'
import { citeArticleShort } from '../../../shared/i18n/labels'
import { findingPath } from './links'
import { uiLanguage } from '../../i18n'

type Finding = OrganisationChecks['findings'][number]

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
export const SEVERITY_COLOURS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' }
export const SEVERITY_HEADINGS = {
  error: 'dashboard.stats.errors',
  warning: 'dashboard.stats.warnings',
  info: 'dashboard.stats.info',
} as const
const ICONS: Record<Severity, ReactNode> = {
  error: <IconAlertCircle size={18} />,
  warning: <IconAlertTriangle size={18} />,
  info: <IconInfoCircle size={18} />,
}

interface ItemProps {
  finding: Finding
  organisationId: string
  activityIds: ReadonlyMap<string, string>
  divider: boolean
}

function FindingItem({ finding, organisationId, activityIds, divider }: ItemProps) {
  const { t } = useTranslation()
  const where = finding.activityReference ?? t('dashboard.findings.organisation')
  return (
    <Group
      component="li"
      align="flex-start"
      wrap="nowrap"
      gap="md"
      py="xs"
      data-code={finding.code}
      style={divider ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
    >
      <Text
        size="sm"
        fw={600}
        w={120}
        c={finding.activityReference === null ? 'dimmed' : undefined}
        style={{ flexShrink: 0, overflowWrap: 'break-word' }}
      >
        {where}
      </Text>
      <Stack gap={2} maw={960} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm">{finding.message}</Text>
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {citeArticleShort(finding.article, uiLanguage())}
          </Text>
          <Anchor
            component={Link}
            href={findingPath(organisationId, finding, activityIds)}
            size="xs"
            fw={500}
          >
            {finding.activityReference === null
              ? t('dashboard.findings.openProfile')
              : t('dashboard.findings.openActivity', { reference: finding.activityReference })}
          </Anchor>
        </Group>
      </Stack>
    </Group>
  )
}

/** The findings by severity, errors first; each links to the field that fixes it. */
export function FindingsCard({
  checks,
  activityIds,
}: {
  checks: OrganisationChecks
  activityIds: ReadonlyMap<string, string>
}) {
  const { t } = useTranslation()
  const open = SEVERITIES.filter((s) => s !== 'info' && checks.counts[s] > 0)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="findings-title">
      <Title order={3} size="h4" id="findings-title" mb="xs">
        {t('dashboard.findings.title')}
      </Title>
      {checks.findings.length === 0 ? (
        <Text c="dimmed">{t('dashboard.findings.none')}</Text>
      ) : (
        <Accordion multiple defaultValue={open} variant="separated" chevronPosition="left">
          {SEVERITIES.map((severity) => {
            const group = checks.findings.filter((f) => f.severity === severity)
            return (
              <Accordion.Item key={severity} value={severity} data-severity={severity}>
                <Accordion.Control
                  icon={
                    <Text c={SEVERITY_COLOURS[severity]} span>
                      {ICONS[severity]}
                    </Text>
                  }
                  disabled={group.length === 0}
                >
                  <Group gap="xs">
                    <Text fw={600}>{t(SEVERITY_HEADINGS[severity])}</Text>
                    <Badge
                      color={SEVERITY_COLOURS[severity]}
                      variant={group.length ? 'filled' : 'light'}
                      size="sm"
                      circle={group.length < 10}
                    >
                      {group.length}
                    </Badge>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack
                    component="ul"
                    gap={0}
                    m={0}
                    p={0}
                    style={{ listStyle: 'none' }}
                    aria-label={t(`labels.codes.severity.${severity}`)}
                  >
                    {group.map((finding, i) => (
                      <FindingItem
                        key={`${finding.code}:${finding.activityReference}:${finding.field}:${i}`}
                        finding={finding}
                        organisationId={checks.organisationId}
                        activityIds={activityIds}
                        divider={i > 0}
                      />
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            )
          })}
        </Accordion>
      )}
    </Card>
  )
}
