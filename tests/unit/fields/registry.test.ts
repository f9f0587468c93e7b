/**
 * The field registry (shared/fields) describes every field of an activity once: these tests hold it to the
 * register's schema and to the workspace's tables, so a field cannot be added to one and not the other.
 */
import { sqliteHandle } from '../../../electron/core/db/workspace'
import { describe, expect, it } from 'vitest'
import { ACTIVITY_FIELD_MAP } from '../../../shared/fields/activity'
import { isList } from '../../../shared/fields/define'
import {
  ACTIVITY_FIELDS,
  fieldAtPath,
  findField,
  LIST_FIELDS,
  sectionOfPath,
} from '../../../shared/fields/registry'
import { renderContext } from '../../../shared/fields/render'
import { labelsFor } from '../../../shared/i18n/labels'
import { activityFieldsSchema } from '../../../shared/schemas/activity'
import { registerDocumentSchema } from '../../../shared/schemas/register'
import { richRegister } from '../../fixtures/rich-register'
import { openTestWorkspace } from '../../helpers/workspace'

describe('field registry', () => {
  it('has one entry per field of the activity schema, each with the schema’s own zod type', () => {
    expect(Object.keys(ACTIVITY_FIELD_MAP).sort()).toEqual(Object.keys(activityFieldsSchema.shape).sort())
    for (const [key, field] of Object.entries(ACTIVITY_FIELD_MAP)) {
      expect(field.path, key).toBe(key)
      expect(field.schema, key).toBe(
        activityFieldsSchema.shape[key as keyof typeof activityFieldsSchema.shape],
      )
    }
    for (const list of LIST_FIELDS) {
      const itemSchema = (
        list.schema as unknown as { unwrap(): { element: { shape: Record<string, unknown> } } }
      ).unwrap().element
      expect(list.item.fields.map((f) => f.path).sort(), list.id).toEqual(
        Object.keys(itemSchema.shape).sort(),
      )
      for (const sub of list.item.fields)
        expect(sub.schema, `${list.id}.${sub.path}`).toBe(itemSchema.shape[sub.path])
    }
  })

  it('gives every field and item field its own id, and finds fields by id and by form path', () => {
    for (const field of ACTIVITY_FIELDS) expect(findField(field.id)?.field).toBe(field)
    expect(findField('legalBasis')?.list?.id).toBe('purposes')
    expect(fieldAtPath('purposes.2.legalBasis')?.id).toBe('purposes')
    expect(fieldAtPath('dpia.status')?.id).toBe('dpiaStatus')
    expect(fieldAtPath('dataSubjectCategoryIds.0')?.id).toBe('dataSubjectCategories')
  })

  it('keeps each stored field in a column the workspace has', async () => {
    const { backend } = await openTestWorkspace()
    const columnsOf = (table: string) =>
      new Set(
        (
          sqliteHandle(backend.workspace).prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]
        ).map((c) => c.name),
      )
    const activities = columnsOf('activities')
    for (const field of ACTIVITY_FIELDS)
      if (field.store) expect(activities, field.id).toContain(field.store.column)
    for (const list of LIST_FIELDS) {
      const columns = columnsOf(list.item.table)
      expect(columns.size, list.item.table).toBeGreaterThan(0)
      for (const sub of list.item.fields) {
        expect(sub.store, `${list.id}.${sub.id}`).not.toBeNull()
        expect(columns, `${list.item.table}.${sub.store!.column}`).toContain(sub.store!.column)
      }
    }
  })

  it('places every field in an editor section, the DPIA and a category’s time limit where a DPO looks for them', () => {
    for (const field of ACTIVITY_FIELDS) expect(field.editor, field.id).toBeDefined()
    expect(sectionOfPath('dataCategories.1.retention', 'controller')).toBe('retention')
    expect(sectionOfPath('dataCategories.1.retention', 'processor')).toBe('processorData')
    expect(sectionOfPath('dpia.reference', 'controller')).toBe('risk')
    expect(sectionOfPath('purposes.0.legitimateInterest', 'controller')).toBe('purposes')
  })

  it('writes every field of a rich register as text, in every language, without code names leaking', () => {
    const doc = registerDocumentSchema.parse(richRegister())
    for (const lang of ['en', 'fi', 'sv', 'da', 'de', 'fr'] as const) {
      const ctx = renderContext({ labels: labelsFor(lang), language: lang, doc })
      for (const activity of doc.activities) {
        for (const field of ACTIVITY_FIELDS) {
          const lines = field.text(activity, ctx)
          for (const line of lines)
            expect(line, `${lang} ${activity.reference} ${field.id}`).not.toMatch(
              /\b(?:6_1_[a-f]|9_2_[a-j]|A46_|not_assessed|data_subject)\b/,
            )
          if (isList(field)) expect(lines.length, field.id).toBeLessThanOrEqual(field.items(activity).length)
        }
      }
    }
    const ctx = renderContext({ labels: labelsFor('en'), language: 'en', doc })
    const basis = findField('legalBasis')!
    expect(basis.list?.id).toBe('purposes')
    const purpose = doc.activities.flatMap((a) => a.purposes).find((p) => p.legalBasis !== null)!
    expect(basis.list !== null && basis.field.text(purpose, ctx)[0]).toMatch(/\(Art\. 6\(1\)\([a-f]\)\)$/)
  })
})
