/**
 * "… to an organisation": the one question the library's copy actions ask (apply a template, add a vendor as a
 * party, copy entries). The action itself is the caller's; an error it throws stays shown in the dialog.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { SearchableSelect } from '../../components/SearchableSelect'

interface Props {
  title: string
  body?: ReactNode
  submitLabel: string
  onClose(): void
  /** Runs the action for the chosen organisation; the dialog closes when it resolves. */
  onSubmit(organisation: { id: string; name: string }): Promise<unknown>
}

export function OrganisationPickerModal({ title, body, submitLabel, onClose, onSubmit }: Props) {
  const { t } = useTranslation()
  const organisations = useApi('organisations.list', {})
  const [target, setTarget] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const chosen = organisations.data?.find((o) => o.id === target) ?? null

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={650}>{title}</Text>}
      centered
      size="lg"
      data-testid="organisation-picker"
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault()
          event.stopPropagation()
          if (!chosen) return
          setBusy(true)
          setError(null)
          try {
            await onSubmit({ id: chosen.id, name: chosen.name })
            onClose()
          } catch (e) {
            setError(e)
          } finally {
            setBusy(false)
          }
        }}
      >
        <Stack>
          {body}
          {organisations.data?.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('organisations.empty')}
            </Text>
          ) : (
            <SearchableSelect
              label={t('library.templates.organisation')}
              placeholder={t('library.templates.organisationPlaceholder')}
              data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={target}
              onChange={setTarget}
              data-autofocus
            />
          )}
          <ErrorAlert error={error ?? organisations.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!chosen} loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
