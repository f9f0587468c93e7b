import { BarChart } from '@mantine/charts'
import { Card, ColorSwatch, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DestinationCount } from '../../../shared/api/checks'

type Status = DestinationCount['status']

const STATUSES: readonly Status[] = ['eea', 'adequate', 'adequate_partial', 'third_country']
export const STATUS_COLOURS: Record<Status, string> = {
  eea: 'teal.6',
  adequate: 'blue.6',
  adequate_partial: 'yellow.6',
  third_country: 'red.6',
}

const BAR_HEIGHT = 34

/**
 * Transfers per destination as horizontal bars (names stay readable), one colour per Chapter V status; the
 * table under it gives the same numbers to screen readers and to anyone who wants them exactly.
 */
export function TransfersCard({ destinations }: { destinations: readonly DestinationCount[] }) {
  const { t } = useTranslation()
  // One series per status, stacked: each bar has the one segment of its destination's status.
  const data = destinations.map((d) => ({
    destination: d.name,
    ...Object.fromEntries(STATUSES.map((s) => [s, s === d.status ? d.transfers : 0])),
  }))
  const used = STATUSES.filter((s) => destinations.some((d) => d.status === s))
  const series = used.map((s) => ({
    name: s,
    label: t(`labels.codes.transferStatus.${s}`),
    color: STATUS_COLOURS[s],
  }))
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="transfers-title">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="transfers-title">
            {t('dashboard.transfers.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.transfers.intro')}
          </Text>
        </div>
        {destinations.length === 0 ? (
          <Text c="dimmed">{t('dashboard.transfers.none')}</Text>
        ) : (
          <>
            <BarChart
              h={destinations.length * BAR_HEIGHT + 70}
              data={data}
              dataKey="destination"
              series={series}
              type="stacked"
              orientation="vertical"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              gridAxis="y"
              yAxisProps={{ width: 170, interval: 0 }}
              xAxisProps={{ allowDecimals: false }}
              maxBarWidth={22}
              role="img"
              aria-label={t('dashboard.transfers.chartLabel')}
              data-testid="transfers-chart"
            />
            <Table verticalSpacing={4} fz="sm" aria-label={t('dashboard.transfers.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard.transfers.destination')}</Table.Th>
                  <Table.Th>{t('dashboard.transfers.status')}</Table.Th>
                  <Table.Th ta="right">{t('dashboard.transfers.transfers')}</Table.Th>
                  <Table.Th ta="right">{t('dashboard.transfers.activities')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {destinations.map((d) => (
                  <Table.Tr key={d.country ?? `io:${d.name}`}>
                    <Table.Td>{d.name}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <ColorSwatch
                          color={`var(--mantine-color-${STATUS_COLOURS[d.status].replace('.', '-')})`}
                          size={10}
                          withShadow={false}
                          style={{ flexShrink: 0 }}
                        />
                        <Text size="sm">{t(`labels.codes.transferStatus.${d.status}`)}</Text>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{d.transfers}</Table.Td>
                    <Table.Td ta="right">{d.activities}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  )
}
