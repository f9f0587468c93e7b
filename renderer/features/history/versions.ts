/**
 * Versions of a register as the compare page's address writes them (`now`, `at:2026-03-01`,
 * `export:<id>`), so a comparison can be linked to, bookmarked and reloaded.
 */
import type { z } from 'zod'
import type { registerVersionSchema } from '../../../shared/api/history'

export type RegisterVersion = z.infer<typeof registerVersionSchema>

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The version an address names, or null when it names none (then the page asks for one). */
export function parseVersion(text: string | null | undefined): RegisterVersion | null {
  if (!text) return null
  if (text === 'now') return { kind: 'now' }
  if (text.startsWith('at:')) {
    const at = text.slice(3)
    return DATE.test(at) && !Number.isNaN(Date.parse(at)) ? { kind: 'at', at } : null
  }
  if (text.startsWith('export:') && text.length > 7) return { kind: 'export', exportId: text.slice(7) }
  return null
}

export function formatVersion(version: RegisterVersion): string {
  switch (version.kind) {
    case 'now':
      return 'now'
    case 'at':
      return `at:${version.at}`
    case 'export':
      return `export:${version.exportId}`
  }
}
