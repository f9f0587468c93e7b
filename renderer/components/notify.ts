import { notifications } from '@mantine/notifications'

export function notifySuccess(message: string) {
  notifications.show({ message, color: 'teal', autoClose: 2500 })
}

export function notifyError(error: unknown) {
  notifications.show({ title: 'Not saved', message: error instanceof Error ? error.message : String(error), color: 'red', autoClose: 8000 })
}
