/** The library's "are you sure" for deleting or undoing: a title, a sentence, and a red button. */
import { Button, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { i18n } from '../../i18n'

export function confirmRemoval(title: string, body: string, confirm: string, onConfirm: () => void) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{body}</Text>,
    labels: { confirm, cancel: i18n.t('common.cancel') },
    confirmProps: { color: 'red' },
    centered: true,
    onConfirm,
  })
}

/** A list row's red "Delete", asking first (templates and catalogue entries of the library). */
export function DeleteRowButton({
  title,
  body,
  onConfirm,
}: {
  title: string
  body: string
  onConfirm(): void
}) {
  const { t } = useTranslation()
  return (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      aria-label={t('common.delete')}
      title={t('common.delete')}
      onClick={() => confirmRemoval(title, body, t('common.delete'), onConfirm)}
    >
      <IconTrash size={14} />
    </Button>
  )
}
