/**
 * The vendor library: who the contract is with, where, DPF, the DPA's mechanism, as of when, and "verify before
 * relying on it". Edit or add a vendor, add one to an organisation as a party, and after a change offer it to
 * the organisations whose parties came from it.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconBuildingPlus,
  IconDots,
  IconPencil,
  IconPlus,
  IconSearch,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryUser } from '../../../shared/api/library'
import type { VendorView } from '../../../shared/library/vendor-schema'
import { countryName } from '../../../shared/reference/countries'
import { useApi, useApiMutation } from '../../api/hooks'
import { useClient } from '../../api/context'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDay } from '../../../shared/i18n/dates'
import { notifySuccess } from '../../components/notify'
import { TableCard } from '../../components/TableCard'
import { useUiLanguage } from '../../i18n/use-ui-language'
import { confirmRemoval } from './confirm'
import { OrganisationPickerModal } from './OrganisationPickerModal'
import { PushDialog } from './PushDialog'
import { VendorFormModal } from './VendorFormModal'

export function VendorsTab() {
  const { t } = useTranslation()
  const lang = useUiLanguage()
  const client = useClient()
  const vendors = useApi('library.vendors.list', {})
  const add = useApiMutation('library.vendors.addToOrganisation', ['parties', 'organisations', 'register'])
  const push = useApiMutation('library.vendors.push', ['parties', 'library', 'register'])
  const remove = useApiMutation('library.vendors.delete', ['library'])
  const [search, setSearch] = useState('')
  const [editing, setEditing] = useState<VendorView | 'new' | null>(null)
  const [adding, setAdding] = useState<VendorView | null>(null)
  const [offer, setOffer] = useState<{ vendor: VendorView; users: LibraryUser[] } | null>(null)
  const needle = search.trim().toLowerCase()
  const shown = (vendors.data ?? []).filter(
    (v) =>
      !needle ||
      [v.name, v.legalEntity, v.service ?? '', ...v.aliases].join(' ').toLowerCase().includes(needle),
  )

  return (
    <Stack>
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        data-testid="vendor-verify"
      >
        {t('library.vendors.verify')}
      </Alert>
      <Group justify="space-between">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('library.vendors.search')}
          aria-label={t('library.vendors.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={420}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('library.vendors.add')}
        </Button>
      </Group>
      <ErrorAlert error={vendors.error ?? remove.error} />
      <TableCard
        empty={shown.length === 0}
        emptyText={t('library.vendors.empty')}
        label={t('library.page.vendors')}
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('library.vendors.name')}</Table.Th>
            <Table.Th>{t('library.vendors.country')}</Table.Th>
            <Table.Th>{t('library.vendors.dpf')}</Table.Th>
            <Table.Th>{t('library.vendors.mechanisms')}</Table.Th>
            <Table.Th>{t('library.vendors.asOf')}</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text fw={600} size="sm">
                    {v.name}
                  </Text>
                  {v.source !== 'builtin' && (
                    <Badge size="xs" variant="light" color={v.source === 'edited' ? 'grape' : 'indigo'}>
                      {t(`library.vendors.source.${v.source}`)}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {v.legalEntity}
                  {v.service ? ` · ${v.service}` : ''}
                </Text>
                {v.links.dpa && (
                  <Anchor href={v.links.dpa} target="_blank" size="xs">
                    {t('library.vendors.dpa')}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{countryName(v.country, lang)}</Text>
                {v.processingCountries.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {v.processingCountries.join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`library.dpf.${v.dpf}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {v.transfers
                    ? [
                        ...v.transfers.mechanisms.map((m) => t(`labels.codes.mechanism.${m}`)),
                        ...v.transfers.sccModules.map((m) => `SCC ${m}`),
                      ].join(', ')
                    : t('library.vendors.noTransfers')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={v.verify}>
                  {formatDay(v.asOf, lang)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('library.vendors.more', { name: v.name })}
                    >
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconBuildingPlus size={14} />} onClick={() => setAdding(v)}>
                      {t('library.vendors.addToOrganisation')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(v)}>
                      {t('library.vendors.edit')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconUsers size={14} />}
                      onClick={async () =>
                        setOffer({
                          vendor: v,
                          users: (await client.call('library.vendors.users', { id: v.id })).filter(
                            (u) => u.differs.length > 0,
                          ),
                        })
                      }
                    >
                      {t('library.vendors.users')}
                    </Menu.Item>
                    {v.source !== 'builtin' && (
                      <Menu.Item
                        color="red"
                        leftSection={
                          v.source === 'edited' ? <IconArrowBackUp size={14} /> : <IconTrash size={14} />
                        }
                        onClick={() =>
                          v.source === 'edited'
                            ? confirmRemoval(
                                t('library.vendors.undoTitle', { name: v.name }),
                                t('library.vendors.undoBody'),
                                t('library.vendors.undoEdit'),
                                () =>
                                  remove.mutate(
                                    { id: v.id },
                                    { onSuccess: () => notifySuccess(t('library.vendors.restored')) },
                                  ),
                              )
                            : confirmRemoval(
                                t('library.vendors.deleteTitle', { name: v.name }),
                                t('library.vendors.deleteBody'),
                                t('library.vendors.delete'),
                                () =>
                                  remove.mutate(
                                    { id: v.id },
                                    { onSuccess: () => notifySuccess(t('library.vendors.deleted')) },
                                  ),
                              )
                        }
                      >
                        {v.source === 'edited' ? t('library.vendors.undoEdit') : t('library.vendors.delete')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
      {editing && (
        <VendorFormModal
          vendor={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(users, vendor) => {
            setEditing(null)
            if (users.length > 0) setOffer({ vendor, users })
          }}
        />
      )}
      {adding && (
        <OrganisationPickerModal
          title={t('library.vendors.addToTitle', { name: adding.name })}
          submitLabel={t('library.vendors.addToOrganisation')}
          onClose={() => setAdding(null)}
          onSubmit={async (organisation) => {
            const result = await add.mutateAsync({
              organisationId: organisation.id,
              vendorId: adding.id,
              kind: null,
            })
            notifySuccess(
              t(result.created ? 'library.vendors.addedParty' : 'library.vendors.alreadyParty', {
                name: result.party.name,
                organisation: organisation.name,
              }),
            )
          }}
        />
      )}
      {offer && (
        <PushDialog
          users={offer.users}
          fieldGroup="party"
          onClose={() => setOffer(null)}
          onPush={(partyIds) => push.mutateAsync({ id: offer.vendor.id, partyIds })}
        />
      )}
    </Stack>
  )
}
