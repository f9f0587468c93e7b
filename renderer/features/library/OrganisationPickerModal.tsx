/**
 * "… to an organisation": the one question the library's copy actions ask (apply a template, add a vendor as a
 * party, copy entries). The action itself is the caller's; an error it throws stays shown in the dialog.
 */
import { Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { SearchableSelect } from '../../components/SearchableSelect'
import { DialogForm } from './DialogForm'

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
    <DialogForm
      title={title}
      testId="organisation-picker"
      size="lg"
      centered
      onClose={onClose}
      onSubmit={async () => {
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
      submitLabel={submitLabel}
      submitting={busy}
      disabled={!chosen}
      error={error ?? organisations.error}
    >
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
    </DialogForm>
  )
}
