/**
 * Privacy notices into draft registers: read (file or pasted text → proposals with evidence and the register
 * document they make; stores nothing) and apply (the document the DPO accepted, validated like any register
 * document, as a new organisation or merged into an existing one, in one transaction).
 */
import type { z } from 'zod'
import { draftRegister } from '../../../shared/notice-reader/draft'
import { readNotice } from '../../../shared/notice-reader/read'
import type { noticeInputSchema } from '../../../shared/api/notices'
import { CATALOGUES, type CatalogueFields, type CatalogueName } from '../../../shared/schemas/catalogue'
import type { RegisterDocument } from '../../../shared/schemas/register'
import type { CoreContext } from '../context'
import type { Handlers } from '../handler'
import { mutate } from '../history/mutate'
import { readNoticeFile } from '../notice-reader/read-file'
import { insertActivities, referenceNumberer } from './activities'
import { listEntries } from './catalogues/read'
import { insertEntry } from './catalogues/write'
import { remap } from './copy-activities'
import { requireOrganisation } from './organisations'
import { importRegister, parseRegister } from './register'
import { invalid } from '../errors'

type NoticeInput = z.output<typeof noticeInputSchema>

/** The name a draft gets when neither the user nor the notice gives one (the user is asked to change it). */
export const UNNAMED_DRAFT = 'Organisation from a privacy notice'

function decode(content: string): Buffer {
  if (!/^[A-Za-z0-9+/=\s_-]*$/.test(content.slice(0, 10_000)))
    throw invalid('The file’s content did not arrive as base64, so it could not be read.')
  return Buffer.from(content, 'base64')
}

export async function readNoticeInput(input: NoticeInput) {
  const text =
    input.text ?? (await readNoticeFile(input.fileName ?? 'notice.txt', decode(input.content ?? '')))
  if (text.trim() === '')
    throw invalid('The notice is empty: paste its text or choose a file.', [
      { path: 'text', message: 'is empty' },
    ])
  const reading = readNotice(text, {
    language: input.language,
    organisationName: input.organisationName,
    country: input.country,
  })
  const document = draftRegister(reading, {
    name: reading.organisation.name ?? UNNAMED_DRAFT,
    country: reading.organisation.country,
    email: reading.organisation.email,
  })
  return { reading, document }
}

const counts = (doc: RegisterDocument) => ({
  parties: doc.parties.length,
  dataSubjectCategories: doc.dataSubjectCategories.length,
  dataCategories: doc.dataCategories.length,
  securityMeasures: doc.securityMeasures.length,
  activities: doc.activities.length,
})

/**
 * Adds a draft's activities to an organisation: catalogue entries of the same name (case-insensitive) are
 * reused, others created; activities get the next free references (PA-05 after PA-04).
 */
export async function mergeRegister(ctx: CoreContext, raw: unknown, organisationId: string) {
  const doc = parseRegister(raw)
  return mutate(ctx, async (tx) => {
    const organisation = await requireOrganisation(tx.db, organisationId)
    const map = {
      parties: new Map(),
      dataSubjectCategories: new Map(),
      dataCategories: new Map(),
      securityMeasures: new Map(),
    } as Record<CatalogueName, Map<string, string>>
    let reusedEntries = 0
    for (const catalogue of CATALOGUES) {
      const existing = new Map(
        (await listEntries(tx.db, catalogue, organisationId)).map((e) => [e.name.trim().toLowerCase(), e.id]),
      )
      for (const { id, ...fields } of doc[catalogue]) {
        const known = existing.get(fields.name.trim().toLowerCase())
        if (known) {
          map[catalogue].set(id, known)
          reusedEntries++
        } else {
          const created = await insertEntry(
            tx,
            catalogue,
            organisationId,
            fields as CatalogueFields[typeof catalogue],
          )
          map[catalogue].set(id, created.id)
        }
      }
    }
    const next = await referenceNumberer(tx.db, organisationId)
    await insertActivities(
      tx,
      organisationId,
      doc.activities.map(({ id: _id, ...fields }) => ({
        fields: { ...remap(fields, map), reference: next('PA') },
      })),
      { checkEntries: false },
    )
    return { organisationId, name: organisation.name, merged: true, counts: counts(doc), reusedEntries }
  })
}

export const noticeHandlers: Handlers<'notices.read' | 'notices.apply'> = {
  'notices.read': (_ctx, input) => readNoticeInput(input),
  'notices.apply': async (ctx, input) => {
    if (input.mode === 'merge') return mergeRegister(ctx, input.document, input.organisationId)
    const result = await importRegister(ctx, input.document, { mode: 'new' })
    return {
      organisationId: result.organisationId,
      name: result.name,
      merged: false,
      counts: result.counts,
      reusedEntries: 0,
    }
  },
}
