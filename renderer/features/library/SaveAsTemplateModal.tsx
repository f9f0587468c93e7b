/**
 * "Save as template" from the editor's actions: the saved activity becomes a template of the workspace's library.
 * With unsaved changes it only says to save first, since the template is made from the saved version.
 */
import { Alert, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/hooks'
import { notifySuccess } from '../../components/notify'
import { DialogForm } from './DialogForm'

export function SaveAsTemplateModal({
  activityId,
  activityName,
  dirty,
  onClose,
}: {
  activityId: string
  activityName: string
  dirty: boolean
  onClose(): void
}) {
  const { t } = useTranslation()
  const save = useApiMutation('library.templates.saveActivity', ['library'])
  const [name, setName] = useState(activityName)
  return (
    <DialogForm
      title={t('library.templates.saveAsTitle')}
      testId="save-as-template"
      centered
      onClose={onClose}
      onSubmit={async () => {
        if (dirty) return
        try {
          const template = await save.mutateAsync({
            activityId,
            name: name.trim() === '' ? null : name.trim(),
          })
          notifySuccess(t('library.templates.savedAs', { name: template.name }))
          onClose()
        } catch {
          // shown in the dialog from save.error
        }
      }}
      submitLabel={t('library.templates.saveAs')}
      submitting={save.isPending}
      disabled={dirty}
      error={save.error}
    >
      <Text size="sm">{t('library.templates.saveAsBody')}</Text>
      {dirty && (
        <Alert color="yellow" variant="light">
          {t('library.templates.saveFirst')}
        </Alert>
      )}
      <TextInput
        label={t('library.templates.templateName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-autofocus
      />
    </DialogForm>
  )
}
