/**
 * One completeness everywhere: what the dashboard, the portfolio and `ropa check` count for a register
 * (checks.organisation) is what the editor's section marks say of each of its live activities, opened as
 * they are saved. Generated registers hold transfers beside Art. 45 errors, which the Art. 30 point alone
 * calls filled: the test shows they are not counted so.
 */
import { describe, expect, it } from 'vitest'
import { art30Completeness, buildLookups, checkActivity, type PointShare } from '../../shared/checks'
import { ART_30_POINTS } from '../../shared/reference/art30'
import type { ActivityFields } from '../../shared/schemas/activity'
import type { RegisterDocumentInput } from '../../shared/schemas/register'
import { toChecked } from '../../renderer/features/activities/editor/form-values'
import { sectionStates } from '../../renderer/features/activities/editor/section-states'
import { generateRegister } from '../fixtures/generate-register'
import { richRegister } from '../fixtures/rich-register'
import { richWorkspace } from '../helpers/exports'

async function bothCounts(document: RegisterDocumentInput) {
  const ws = await richWorkspace(document)
  const checks = await ws.client.call('checks.organisation', { organisationId: ws.organisationId })
  const doc = await ws.client.call('register.export', { organisationId: ws.organisationId })
  const lookups = buildLookups(doc)
  const editor = new Map(ART_30_POINTS.items.map((p) => [p.key, { applicable: 0, filled: 0 }]))
  const pointOnly = new Map(ART_30_POINTS.items.map((p) => [p.key, 0]))
  for (const activity of doc.activities) {
    if (activity.status === 'retired') continue
    // The activity as the editor opens it: its saved fields are the form's values.
    const { id, ...values } = activity
    const findings = checkActivity(lookups, toChecked(values as ActivityFields, id), { today: checks.today })
    for (const state of sectionStates(lookups, values as ActivityFields, id, findings).values()) {
      if (!state.applicable) continue
      editor.get(state.point)!.applicable += 1
      if (state.filled) editor.get(state.point)!.filled += 1
    }
    for (const p of art30Completeness(lookups, activity))
      if (p.applicable && p.filled) pointOnly.set(p.point, pointOnly.get(p.point)! + 1)
  }
  const fromEditor: PointShare[] = ART_30_POINTS.items.map(({ key }) => {
    const { applicable, filled } = editor.get(key)!
    return { point: key, applicable, filled, share: applicable === 0 ? null : filled / applicable }
  })
  return { dashboard: checks.completeness, fromEditor, pointOnly }
}

describe('the completeness the dashboard counts', () => {
  it('is the editor’s marks summed over the live activities, for the rich register', async () => {
    const { dashboard, fromEditor } = await bothCounts(richRegister())
    expect(dashboard).toEqual(fromEditor)
  })

  it('agrees with the editor for generated registers', async () => {
    for (const seed of [3, 11]) {
      const { dashboard, fromEditor } = await bothCounts(
        generateRegister({ activities: 40, seed, name: `Generated ${seed}` }),
      )
      expect(dashboard, `seed ${seed}`).toEqual(fromEditor)
    }
  })

  it('does not count transfers beside an Art. 45 error, which the point alone calls filled', async () => {
    const document = richRegister()
    const payroll = document.activities![0]
    // Adequacy named for Serbia, which has no adequacy decision: an error on the transfer.
    document.activities!.push({
      ...payroll,
      id: 'a-rs',
      reference: 'PA-RS',
      name: 'Deliveries to Serbia',
      recipients: [{ partyId: 'p6', category: null, purpose: 'Deliveries', internal: false }],
      transfers: [{ partyId: 'p6', country: 'RS', mechanism: 'ADEQ' }],
    })
    const { dashboard, fromEditor, pointOnly } = await bothCounts(document)
    expect(dashboard).toEqual(fromEditor)
    const transfers = dashboard.find((p) => p.point === '30(1)(e)')!
    expect(transfers.filled).toBe(pointOnly.get('30(1)(e)')! - 1)
  })
})
