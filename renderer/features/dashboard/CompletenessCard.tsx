import { Card, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrganisationChecks } from '../../../shared/api/checks'
import { citeArticleShort } from '../../../shared/i18n/labels'
import { art30PointsFor, type Art30Key } from '../../../shared/reference/art30'
import { percent, shareColour } from '../../components/ShareBar'
import { uiLanguage } from '../../i18n'

type PointShare = OrganisationChecks['completeness'][number]

function PointRows({
  shares,
  record,
}: {
  shares: ReadonlyMap<string, PointShare>
  record: 'controller' | 'processor'
}) {
  const { t } = useTranslation()
  return art30PointsFor(record).map(({ key }) => {
    const share = shares.get(key)
    const label = t(`labels.art30.${key as Art30Key}`)
    return (
      <Table.Tr key={key} data-point={key}>
        <Table.Td>
          <Text size="xs" c="dimmed">
            {citeArticleShort(key, uiLanguage())}
          </Text>
          <Text size="sm">{label}</Text>
        </Table.Td>
        {share === undefined || share.share === null ? (
          <Table.Td colSpan={2}>
            <Text size="sm" c="dimmed">
              {t('dashboard.completeness.notApplicable')}
            </Text>
          </Table.Td>
        ) : (
          <>
            <Table.Td w={150}>
              <Progress
                value={share.share * 100}
                color={shareColour(share.share)}
                aria-label={`${label}: ${percent(share.share)}`}
              />
            </Table.Td>
            <Table.Td w={90} ta="right" style={{ whiteSpace: 'nowrap' }}>
              <Text size="sm" span fw={500}>
                {t('dashboard.completeness.filled', { filled: share.filled, applicable: share.applicable })}
              </Text>
            </Table.Td>
          </>
        )}
      </Table.Tr>
    )
  })
}

/** Per Art. 30 point, how many live activities fill it; a record kind no activity uses is left out. */
export function CompletenessCard({ completeness }: { completeness: OrganisationChecks['completeness'] }) {
  const { t } = useTranslation()
  const shares = new Map(completeness.map((p) => [p.point, p]))
  const used = (record: 'controller' | 'processor') =>
    art30PointsFor(record).some(({ key }) => (shares.get(key)?.applicable ?? 0) > 0)
  const records = (['controller', 'processor'] as const).filter(used)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="completeness-title">
      <Stack gap="xs">
        <div>
          <Title order={3} size="h4" id="completeness-title">
            {t('dashboard.completeness.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.completeness.intro')}
          </Text>
        </div>
        {records.length === 0 && <Text c="dimmed">{t('dashboard.completeness.empty')}</Text>}
        {records.map((record) => (
          <Table
            key={record}
            verticalSpacing={6}
            aria-label={t(`dashboard.completeness.${record}Record`)}
            mt="xs"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th colSpan={3}>{t(`dashboard.completeness.${record}Record`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <PointRows shares={shares} record={record} />
            </Table.Tbody>
          </Table>
        ))}
      </Stack>
    </Card>
  )
}
