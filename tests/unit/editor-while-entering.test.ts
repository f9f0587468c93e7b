/**
 * While a new activity is entered, a field's findings wait until the user has changed or left it, and all
 * show once Save is tried; a saved activity shows all of them.
 */
import { describe, expect, it } from 'vitest'
import { buildLookups, checkActivity } from '../../shared/checks'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { emptyActivity, toChecked } from '../../renderer/features/activities/editor/form-values'
import { findingsWhileEntering } from '../../renderer/features/activities/editor/while-entering'
import { richRegister } from '../fixtures/rich-register'

const lookups = buildLookups(registerDocumentSchema.parse(richRegister()))
const findings = checkActivity(lookups, toChecked(emptyActivity(), null), { today: '2026-06-01' })
const codes = (list: { code: string }[]) => list.map((f) => f.code)

describe('findings while entering a new activity', () => {
  it('opens with no finding at any field: all wait', () => {
    expect(codes(findings)).toEqual(
      expect.arrayContaining(['ART30_DATA_SUBJECTS_MISSING', 'ART30_SECURITY_MISSING']),
    )
    const { shown, waiting } = findingsWhileEntering(findings, { fresh: true, saveTried: false, entered: [] })
    expect(shown.filter((f) => f.field !== null)).toEqual([])
    expect(waiting.length).toBe(findings.filter((f) => f.field !== null).length)
  })

  it('shows a field’s findings once it is left or changed, including findings about what it contains', () => {
    const { shown } = findingsWhileEntering(findings, {
      fresh: true,
      saveTried: false,
      entered: ['dataSubjectCategoryIds'],
    })
    expect(codes(shown.filter((f) => f.field !== null))).toEqual(['ART30_DATA_SUBJECTS_MISSING'])
    const purpose = findingsWhileEntering([{ ...findings[0], field: 'purposes' }], {
      fresh: true,
      saveTried: false,
      entered: ['purposes.0.description'],
    })
    expect(purpose.shown).toHaveLength(1)
    // Adding a transfer row is not entering its mechanism.
    const mechanism = findingsWhileEntering([{ ...findings[0], field: 'transfers.0.mechanism' }], {
      fresh: true,
      saveTried: false,
      entered: ['transfers'],
    })
    expect(mechanism.waiting).toHaveLength(1)
  })

  it('shows everything once Save is tried, and always for a saved activity', () => {
    expect(findingsWhileEntering(findings, { fresh: true, saveTried: true, entered: [] }).waiting).toEqual([])
    expect(
      findingsWhileEntering(findings, { fresh: false, saveTried: false, entered: [] }).shown,
    ).toHaveLength(findings.length)
  })
})
