/** Create or edit one catalogue entry in a dialog, checked with the backend's schema; Enter saves. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../../shared/api/client'
import {
  catalogueFieldSchemas,
  type CatalogueFields,
  type CatalogueName,
} from '../../../shared/schemas/catalogue'
import { useClient } from '../../api/context'
import { ErrorAlert } from '../../components/ErrorAlert'
import { issuesToFormErrors } from '../../components/form-errors'
import { blankToNull, schemaValidator } from '../../components/form-resolver'
import { notifySuccess } from '../../components/notify'
import { createEntry, updateEntry, type CatalogueListEntry } from './catalogue-api'
import { EntryFields } from './EntryFields'

interface Props<C extends CatalogueName> {
  catalogue: C
  organisationId: string
  /** The entry being edited, or null to create one. */
  entryId: string | null
  initial: CatalogueFields[C]
  onClose(): void
  onSaved?(entry: CatalogueListEntry<C>): void
}

/**
 * Refreshes every read that shows catalogue entries or what depends on them (activities, checks, and the
 * organisations list's last change).
 */
export function useRefreshCatalogues() {
  const queryClient = useQueryClient()
  return () =>
    queryClient.invalidateQueries({
      predicate: (q) =>
        /^(parties|dataSubjectCategories|dataCategories|securityMeasures|activities|checks|register|organisations)\./.test(
          String(q.queryKey[0]),
        ),
    })
}

export function CatalogueEntryModal<C extends CatalogueName>({
  catalogue,
  organisationId,
  entryId,
  initial,
  onClose,
  onSaved,
}: Props<C>) {
  const { t } = useTranslation()
  const client = useClient()
  const refresh = useRefreshCatalogues()
  const [failure, setFailure] = useState<unknown>(null)
  const form = useForm<Record<string, unknown>>({
    initialValues: initial as Record<string, unknown>,
    validate: schemaValidator(catalogueFieldSchemas[catalogue]),
  })

  const submit = form.onSubmit(async (values) => {
    const entry = catalogueFieldSchemas[catalogue].parse(blankToNull(values)) as CatalogueFields[C]
    try {
      const saved = entryId
        ? await updateEntry(client, catalogue, entryId, entry)
        : await createEntry(client, catalogue, organisationId, entry)
      await refresh()
      notifySuccess(t(entryId ? 'catalogues.saved' : 'catalogues.created', { name: saved.name }))
      onSaved?.(saved)
      onClose()
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length)
        form.setErrors(issuesToFormErrors(error.issues, 'entry'))
      else setFailure(error)
    }
  })

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        <Text fw={650}>{t(entryId ? `catalogues.${catalogue}.edit` : `catalogues.${catalogue}.new`)}</Text>
      }
      centered
      size="lg"
      data-testid="catalogue-entry-dialog"
    >
      <form
        onSubmit={(event) => {
          // The dialog may sit inside the activity editor's form: keep its submit to itself.
          event.stopPropagation()
          submit(event)
        }}
        noValidate
      >
        <Stack>
          <EntryFields catalogue={catalogue} form={form} />
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {entryId ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
