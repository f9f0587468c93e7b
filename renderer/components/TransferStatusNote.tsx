/**
 * The note on what a transfer to a destination needs (./transfer-status-text), with the transfers it applies
 * to when several go to the same destination, so the advice is said once per section.
 */
import { Alert, Text } from '@mantine/core'
import { IconCircleCheck, IconInfoCircle, IconWorldExclamation } from '@tabler/icons-react'
import { TRANSFER_STATUS_COLOURS } from './CountrySelect'
import type { TransferNote } from './transfer-status-text'

export function TransferStatusNote({ note, appliesTo }: { note: TransferNote; appliesTo?: string }) {
  const status = note.status
  const Icon =
    status === 'eea' || status === 'adequate'
      ? IconCircleCheck
      : status === 'third_country'
        ? IconWorldExclamation
        : IconInfoCircle
  return (
    <Alert
      color={TRANSFER_STATUS_COLOURS[status]}
      variant="light"
      icon={<Icon size={18} />}
      p="xs"
      title={note.title}
      data-testid="transfer-status"
      data-status={status}
    >
      {appliesTo && (
        <Text size="xs" fw={600} mb={2} data-testid="transfer-status-applies">
          {appliesTo}
        </Text>
      )}
      <Text size="xs">{note.body}</Text>
    </Alert>
  )
}
