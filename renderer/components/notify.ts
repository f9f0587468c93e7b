import { notifications } from '@mantine/notifications'
import { i18n } from '../i18n'

export function notifySuccess(message: string) {
  notifications.show({ message, color: 'teal', autoClose: 2500 })
}

export function notifyError(error: unknown, title: string = i18n.t('common.notSaved')) {
  notifications.show({
    title,
    message: error instanceof Error ? error.message : String(error),
    color: 'red',
    autoClose: 8000,
  })
}
