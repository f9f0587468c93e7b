/** The library's "are you sure" for deleting or undoing: a title, a sentence, and a red button. */
import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'
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
