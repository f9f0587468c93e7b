/**
 * "Save as template" from the editor's actions: the saved activity becomes a template of the workspace's library.
 * Rendered inside the editor's form (React tree), so its own submit must not bubble into the editor's save; with
 * unsaved changes it only says to save first, since the template is made from the saved version.
 */
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'

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
    <Modal
      opened
      onClose={onClose}
      centered
      title={<Text fw={650}>{t('library.templates.saveAsTitle')}</Text>}
      data-testid="save-as-template"
    >
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault()
          event.stopPropagation()
          if (dirty) return
          try {
            const template = await save.mutateAsync({
              activityId,
              name: name.trim() === '' ? null : name.trim(),
            })
            notifySuccess(t('library.templates.savedAs', { name: template.name }))
            onClose()
          } catch {
            // shown below from save.error
          }
        }}
      >
        <Stack>
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
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={dirty} loading={save.isPending}>
              {t('library.templates.saveAs')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
