import { Group, Progress, Text } from '@mantine/core'

/** Green when complete, amber from half, red below: how far a record is from complete, at a glance. */
export function shareColour(share: number): string {
  return share >= 1 ? 'teal' : share >= 0.5 ? 'yellow' : 'red'
}

/** Rounded, except that an unfinished record never reads 100 % (995 of 1000 points would round up). */
export const percent = (share: number) => `${share < 1 ? Math.min(99, Math.round(share * 100)) : 100}%`

/** A share (0–1) as a bar with its percentage, labelled for screen readers. */
export function ShareBar({ share, label, width = 120 }: { share: number; label: string; width?: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={share * 100} color={shareColour(share)} w={width} size="md" aria-label={label} />
      <Text size="sm" fw={500} w={48} ta="right">
        {percent(share)}
      </Text>
    </Group>
  )
}
