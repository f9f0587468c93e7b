/**
 * A confirmation that shows what it concerns as a list (the activities using an entry, the activities to
 * copy), with room for extra controls (e.g. "Replace with …"). Without `onConfirm` it only informs.
 */
import { Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface ListItem {
  key: string
  content: ReactNode
}

interface Props {
  opened: boolean
  title: string
  message: ReactNode
  items: readonly ListItem[]
  /** Shown below the list when it is cut short. */
  moreText?: string
  children?: ReactNode
  confirmLabel?: string
  confirmColor?: string
  confirmDisabled?: boolean
  loading?: boolean
  onConfirm?(): void
  onClose(): void
  testId?: string
}

export function ConfirmListDialog({
  opened,
  title,
  message,
  items,
  moreText,
  children,
  confirmLabel,
  confirmColor = 'red',
  confirmDisabled,
  loading,
  onConfirm,
  onClose,
  testId,
}: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={650}>{title}</Text>}
      centered
      size="lg"
      data-testid={testId}
    >
      <Stack>
        <Text size="sm">{message}</Text>
        {items.length > 0 && (
          <ScrollArea.Autosize
            mah={220}
            type="auto"
            style={{
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 'var(--mantine-radius-sm)',
            }}
          >
            <List size="sm" p="xs" spacing={4} listStyleType="none" aria-label={title}>
              {items.map((item) => (
                <List.Item key={item.key}>{item.content}</List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        )}
        {moreText && (
          <Text size="xs" c="dimmed">
            {moreText}
          </Text>
        )}
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {onConfirm ? t('common.cancel') : t('common.close')}
          </Button>
          {onConfirm && (
            <Button color={confirmColor} onClick={onConfirm} disabled={confirmDisabled} loading={loading}>
              {confirmLabel ?? t('common.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
