/** The templates of the library: browse, preview, add to an organisation, delete your own. */
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconEye, IconPlus, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateSummary } from '../../../shared/api/library'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'
import { TableCard } from '../../components/TableCard'
import { useUiLanguage } from '../../i18n/use-ui-language'
import { APPLY_INVALIDATES } from './apply-invalidates'
import { DeleteRowButton } from './confirm'
import { OrganisationPickerModal } from './OrganisationPickerModal'
import { TemplatePreview } from './TemplatePreview'

export function TemplatesTab() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const templates = useApi('library.templates.list', { language, sector: null, employeeCount: null })
  const apply = useApiMutation('library.templates.apply', APPLY_INVALIDATES)
  const remove = useApiMutation('library.templates.delete', ['library'])
  const [search, setSearch] = useState('')
  const [previewing, setPreviewing] = useState<TemplateSummary | null>(null)
  const [applying, setApplying] = useState<TemplateSummary | null>(null)
  const needle = search.trim().toLowerCase()
  const shown = (templates.data ?? []).filter(
    (tpl) => !needle || `${tpl.name} ${tpl.description ?? ''}`.toLowerCase().includes(needle),
  )

  return (
    <Stack>
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('library.templates.search')}
        aria-label={t('library.templates.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      <ErrorAlert error={templates.error ?? remove.error} />
      <TableCard
        empty={shown.length === 0}
        emptyText={t('library.templates.empty')}
        label={t('library.page.templates')}
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('library.templates.name')}</Table.Th>
            <Table.Th>{t('library.templates.group')}</Table.Th>
            <Table.Th>{t('library.templates.role')}</Table.Th>
            <Table.Th w={300} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((tpl) => (
            <Table.Tr key={tpl.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {tpl.name}
                </Text>
                {tpl.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {tpl.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {tpl.group ? (
                  t(`library.group.${tpl.group}`)
                ) : (
                  <Badge variant="light">{t('library.templates.own')}</Badge>
                )}
              </Table.Td>
              <Table.Td>{t(`labels.codes.role.${tpl.role}`)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconEye size={14} />}
                    onClick={() => setPreviewing(tpl)}
                  >
                    {t('library.templates.preview')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setApplying(tpl)}
                  >
                    {t('library.templates.apply')}
                  </Button>
                  {tpl.source === 'workspace' && (
                    <DeleteRowButton
                      title={t('library.templates.deleteTitle', { name: tpl.name })}
                      body={t('library.templates.deleteBody')}
                      onConfirm={() =>
                        remove.mutate(
                          { id: tpl.id },
                          { onSuccess: () => notifySuccess(t('library.templates.deleted')) },
                        )
                      }
                    />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
      {previewing && (
        <TemplatePreview
          id={previewing.id}
          onClose={() => setPreviewing(null)}
          actions={
            <Group justify="flex-end">
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => {
                  setApplying(previewing)
                  setPreviewing(null)
                }}
              >
                {t('library.templates.apply')}
              </Button>
            </Group>
          }
        />
      )}
      {applying && (
        <OrganisationPickerModal
          title={t('library.templates.applyTitle', { name: applying.name })}
          submitLabel={t('library.templates.apply')}
          onClose={() => setApplying(null)}
          onSubmit={async (organisation) => {
            const result = await apply.mutateAsync({
              organisationId: organisation.id,
              templateIds: [applying.id],
            })
            notifySuccess(
              t('library.templates.applied', {
                name: organisation.name,
                reference: result.activities.map((a) => `${a.reference} ${a.name}`).join(', '),
              }),
            )
          }}
        />
      )}
    </Stack>
  )
}
