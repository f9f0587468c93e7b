/**
 * "Keep in the library" on an organisation's catalogue pages: the entry is copied into the workspace library,
 * linked to it, so it can be added to other organisations and later changes offered to it. A party becomes a
 * vendor: the vendor form opens filled in from the party (its kind of service and legal entity are the DPO's to
 * say), and the party is linked to the vendor saved.
 */
import { ActionIcon } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { IconBooks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CatalogueName } from '../../../shared/schemas/catalogue'
import { useClient } from '../../api/context'
import { useApiMutation } from '../../api/hooks'
import { notifyError, notifySuccess } from '../../components/notify'
import { updateEntry, type AnyCatalogueEntry, type CatalogueListEntry } from '../catalogues/catalogue-api'
import { VendorFormModal, type VendorFormValues } from './VendorFormModal'

type Party = CatalogueListEntry<'parties'>

/** What a vendor of the library can take from a party: the rest is for the DPO to fill in. */
export function vendorPrefill(party: Party): Partial<VendorFormValues> {
  return {
    name: party.name,
    legalEntity: party.name,
    kind: party.kind,
    country: party.country,
    website: party.website ?? '',
    dpf: party.dpfCertified ? 'certified' : 'unknown',
    mechanisms: party.transferMechanism ? [party.transferMechanism] : [],
    sccModules: party.sccModule ? [String(party.sccModule)] : [],
    dpa: party.dpaReference?.startsWith('https://') ? party.dpaReference : '',
  }
}

export function KeepInLibraryButton({
  catalogue,
  entry,
}: {
  catalogue: CatalogueName
  entry: AnyCatalogueEntry
}) {
  const { t } = useTranslation()
  const client = useClient()
  const queryClient = useQueryClient()
  const keep = useApiMutation('library.entries.saveFromOrganisation', ['library', catalogue])
  const [vendorForm, setVendorForm] = useState(false)
  const label = t('library.entries.keepNamed', { name: entry.name })

  const onClick = () => {
    if (catalogue === 'parties') return setVendorForm(true)
    keep.mutate(
      { catalogue, entryId: entry.id },
      {
        onSuccess: (kept) => notifySuccess(t('library.entries.kept', { name: kept.name })),
        onError: (error) => notifyError(error),
      },
    )
  }

  return (
    <>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={label}
        title={label}
        loading={keep.isPending}
        onClick={onClick}
      >
        <IconBooks size={16} />
      </ActionIcon>
      {vendorForm && (
        <VendorFormModal
          vendor={null}
          prefill={vendorPrefill(entry as Party)}
          title={label}
          onClose={() => setVendorForm(false)}
          onSaved={async (_users, vendor) => {
            setVendorForm(false)
            const { id, organisationId: _org, activityCount: _count, ...fields } = entry as Party
            try {
              await updateEntry(client, 'parties', id, { ...fields, libraryVendorId: vendor.id })
              notifySuccess(t('library.entries.kept', { name: vendor.name }))
            } catch (error) {
              notifyError(error)
            }
            await queryClient.invalidateQueries({
              predicate: (q) => /^(parties|library|checks)\./.test(String(q.queryKey[0])),
            })
          }}
        />
      )}
    </>
  )
}
