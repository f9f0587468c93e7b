/**
 * While a new activity is being entered, its findings wait until the user has reached their field: a
 * brand-new record would otherwise open covered in errors about everything not typed yet. A finding shows
 * once the user has changed or left its field (or something inside it, e.g. a purpose's description for a
 * finding about the purpose), and every finding shows once Save has been tried. What waits is still to do:
 * the section's completeness mark says so. A saved activity shows all its findings, as `ropa check` does.
 */
import type { Finding } from '../../../../shared/checks'
import { displayPath } from './sections'

export interface EnteringState {
  /** A new, never saved activity. */
  fresh: boolean
  saveTried: boolean
  /** Form paths the user has changed or left. */
  entered: readonly string[]
}

function reached(path: string, entered: readonly string[]): boolean {
  return entered.some((p) => p === path || p.startsWith(`${path}.`))
}

/** The findings to show now and those still waiting for their field. */
export function findingsWhileEntering(
  findings: readonly Finding[],
  state: EnteringState,
): { shown: Finding[]; waiting: Finding[] } {
  if (!state.fresh || state.saveTried) return { shown: [...findings], waiting: [] }
  const shown: Finding[] = []
  const waiting: Finding[] = []
  for (const finding of findings) {
    if (finding.field === null || reached(displayPath(finding.field), state.entered)) shown.push(finding)
    else waiting.push(finding)
  }
  return { shown, waiting }
}
