import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { schemaResolver } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ApiCallError } from '../../../shared/api/client'
import { organisationNameSchema } from '../../../shared/schemas/organisation'
import { issuesToFormErrors } from '../../components/form-errors'

const formSchema = z.object({ name: organisationNameSchema })

interface Props {
  opened: boolean
  title: string
  initialName?: string
  submitLabel: string
  onClose(): void
  onSubmit(name: string): Promise<unknown>
}

/** Create or rename: one field, checked with the same schema the backend uses. */
export function OrganisationNameModal({
  opened,
  title,
  initialName = '',
  submitLabel,
  onClose,
  onSubmit,
}: Props) {
  const { t } = useTranslation()
  const form = useForm({
    initialValues: { name: initialName },
    validate: schemaResolver(formSchema, { sync: true }),
  })

  const submit = form.onSubmit(async ({ name }) => {
    try {
      await onSubmit(name.trim())
      form.reset()
      onClose()
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length)
        form.setErrors(issuesToFormErrors(error.issues))
      else form.setErrors({ name: error instanceof Error ? error.message : String(error) })
    }
  })

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('organisations.name')}
            placeholder={t('organisations.namePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
