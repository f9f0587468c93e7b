import { BarChart } from '@mantine/charts'
import { Card, ColorSwatch, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DestinationCount } from '../../../shared/api/checks'
import { TRANSFER_BASES, type TransferBasis } from '../../../shared/checks/transfer-basis'

/** One colour per basis: greens and blues for what holds, amber for a derogation, reds for nothing valid. */
export const BASIS_COLOURS: Record<TransferBasis, string> = {
  adequacy: 'blue.6',
  dpf: 'indigo.4',
  scc: 'teal.6',
  bcr: 'cyan.7',
  safeguard: 'lime.7',
  derogation: 'yellow.6',
  ended: 'pink.7',
  none: 'red.6',
  eea: 'gray.5',
}

const swatch = (basis: TransferBasis) => `var(--mantine-color-${BASIS_COLOURS[basis].replace('.', '-')})`

const BAR_HEIGHT = 34

/**
 * Transfers per destination as horizontal bars (names stay readable), each bar split by what its transfers
 * rely on (adequacy, the DPF, SCCs, BCRs, another safeguard, a derogation, an ended mechanism or none), with
 * the totals per basis above it. The list and the table give the same numbers to screen readers and to anyone
 * who wants them exactly; the table's column shows each basis by its colour and count.
 */
export function TransfersCard({ destinations }: { destinations: readonly DestinationCount[] }) {
  const { t } = useTranslation()
  const totals = new Map<TransferBasis, number>()
  for (const d of destinations)
    for (const b of d.bases) totals.set(b.basis, (totals.get(b.basis) ?? 0) + b.transfers)
  const used = TRANSFER_BASES.filter((b) => totals.has(b))
  const name = (basis: TransferBasis) => t(`dashboard.transfers.basis.${basis}`)
  const data = destinations.map((d) => ({
    destination: d.name,
    ...Object.fromEntries(used.map((b) => [b, d.bases.find((x) => x.basis === b)?.transfers ?? 0])),
  }))
  const series = used.map((b) => ({ name: b, label: name(b), color: BASIS_COLOURS[b] }))
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
            <Stack gap={4}>
              <Text size="sm" fw={600} id="transfers-by-basis">
                {t('dashboard.transfers.byBasis')}
              </Text>
              <Group
                component="ul"
                gap="xs"
                aria-labelledby="transfers-by-basis"
                data-testid="transfers-by-basis"
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
              >
                {used.map((basis) => (
                  <Group
                    component="li"
                    key={basis}
                    gap={6}
                    wrap="nowrap"
                    data-basis={basis}
                    aria-label={t('dashboard.transfers.basisCount', {
                      basis: name(basis),
                      count: totals.get(basis),
                    })}
                    px={8}
                    py={2}
                    style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
                  >
                    <ColorSwatch color={swatch(basis)} size={10} withShadow={false} aria-hidden />
                    <Text size="sm" aria-hidden>
                      {name(basis)}
                    </Text>
                    <Text size="sm" fw={700} aria-hidden>
                      {totals.get(basis)}
                    </Text>
                  </Group>
                ))}
              </Group>
            </Stack>
            <BarChart
              h={destinations.length * BAR_HEIGHT + 70}
              data={data}
              dataKey="destination"
              series={series}
              type="stacked"
              orientation="vertical"
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
                  <Table.Th>{t('dashboard.transfers.reliesOn')}</Table.Th>
                  <Table.Th ta="right">{t('dashboard.transfers.transfers')}</Table.Th>
                  <Table.Th ta="right">{t('dashboard.transfers.activities')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {destinations.map((d) => (
                  <Table.Tr key={d.country ?? `io:${d.name}`}>
                    <Table.Td>
                      {d.name}
                      <Text size="xs" c="dimmed">
                        {t(`labels.codes.transferStatus.${d.status}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {/* Colour and count for the eye (the list above names the colours), the name for screen readers. */}
                      <Group gap={8} wrap="wrap">
                        {d.bases.map((b) => (
                          <Group
                            key={b.basis}
                            gap={3}
                            wrap="nowrap"
                            title={name(b.basis)}
                            data-basis={b.basis}
                          >
                            <ColorSwatch color={swatch(b.basis)} size={10} withShadow={false} />
                            <VisuallyHidden>{name(b.basis)}:</VisuallyHidden>
                            <Text size="sm">{b.transfers}</Text>
                          </Group>
                        ))}
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
