/**
 * The library's dialogs with a form: title, the fields, an error, Cancel and the action. The submit stops at
 * the dialog: a dialog opened from the activity editor sits inside the editor's form in React's tree, and a
 * submit bubbling on would save the editor too.
 */
import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../../shared/api/client'
import { ErrorAlert } from '../../components/ErrorAlert'

interface Props {
  title: ReactNode
  testId: string
  size?: ModalProps['size']
  centered?: boolean
  onClose(): void
  onSubmit(event: FormEvent<HTMLFormElement>): void
  submitLabel: string
  submitting?: boolean
  disabled?: boolean
  /** Shown above the buttons; an error whose issues the form shows at its fields is left to them. */
  error?: unknown
  gap?: 'sm' | 'md'
  children: ReactNode
}

export function DialogForm({
  title,
  testId,
  size,
  centered,
  onClose,
  onSubmit,
  submitLabel,
  submitting = false,
  disabled = false,
  error = null,
  gap = 'md',
  children,
}: Props) {
  const { t } = useTranslation()
  const shownAtFields = error instanceof ApiCallError && error.issues.length > 0
  return (
    <Modal
      opened
      onClose={onClose}
      size={size}
      centered={centered}
      title={<Text fw={650}>{title}</Text>}
      data-testid={testId}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          event.stopPropagation()
          onSubmit(event)
        }}
      >
        <Stack gap={gap}>
          {children}
          <ErrorAlert error={shownAtFields ? null : error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={disabled} loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
