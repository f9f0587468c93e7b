/** Compare register documents "apart from ids": every id is replaced by the name it stands for. */
import type { RegisterDocument } from '../../shared/schemas/register'

export function withoutIds(doc: RegisterDocument) {
  const names = new Map<string, string>()
  for (const list of ['parties', 'dataSubjectCategories', 'dataCategories', 'securityMeasures'] as const) {
    for (const e of doc[list]) names.set(`${list}:${e.id}`, e.name)
  }
  const n = (list: string, id: string | null) =>
    id === null ? null : (names.get(`${list}:${id}`) ?? `?${id}`)
  const byName = <T extends { name: string }>(list: T[]) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name))
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest
  return {
    format: doc.format,
    version: doc.version,
    organisation: doc.organisation,
    parties: byName(doc.parties).map(strip),
    dataSubjectCategories: byName(doc.dataSubjectCategories).map(strip),
    dataCategories: byName(doc.dataCategories).map(strip),
    securityMeasures: byName(doc.securityMeasures).map(strip),
    activities: [...doc.activities]
      .sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true }))
      .map(({ id: _id, ...a }) => ({
        ...a,
        dataSubjectCategoryIds: a.dataSubjectCategoryIds.map((id) => n('dataSubjectCategories', id)),
        dataCategories: a.dataCategories.map((d) => ({
          ...d,
          dataCategoryId: n('dataCategories', d.dataCategoryId),
        })),
        recipients: a.recipients.map((r) => ({ ...r, partyId: n('parties', r.partyId) })),
        jointControllerIds: a.jointControllerIds.map((id) => n('parties', id)),
        controllerIds: a.controllerIds.map((id) => n('parties', id)),
        transfers: a.transfers.map((t) => ({ ...t, partyId: n('parties', t.partyId) })),
        securityMeasureIds: a.securityMeasureIds.map((id) => n('securityMeasures', id)),
      })),
  }
}
