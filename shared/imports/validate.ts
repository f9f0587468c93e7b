/**
 * The built document through the register schema. An activity the schema still refuses (which the mapping
 * should prevent) is left out with its row named, so one odd row never sinks the rest.
 */
import {
  registerDocumentSchema,
  type RegisterDocument,
  type RegisterDocumentInput,
} from '../schemas/register'
import type { ImportProblem } from './types'

export interface Validated {
  document: RegisterDocument
  sources: { sheet: string; row: number }[]
  problems: ImportProblem[]
}

export function validateBuilt(
  raw: RegisterDocumentInput,
  sources: Validated['sources'],
  problems: ImportProblem[],
): Validated {
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = registerDocumentSchema.safeParse(raw)
    if (parsed.success) return { document: parsed.data, sources, problems }
    const bad = new Map<number, string>()
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'activities' && typeof issue.path[1] === 'number') {
        if (!bad.has(issue.path[1]))
          bad.set(issue.path[1], `${issue.path.slice(2).join('.')} ${issue.message}`)
      } else {
        throw new Error(`imported register refused at ${issue.path.join('.')}: ${issue.message}`)
      }
    }
    const activities = raw.activities ?? []
    raw = { ...raw, activities: activities.filter((_, i) => !bad.has(i)) }
    for (const [i, message] of bad) {
      problems.push({
        sheet: sources[i].sheet,
        row: sources[i].row,
        column: null,
        heading: null,
        severity: 'error',
        message: `This row could not be imported: ${message}.`,
      })
    }
    sources = sources.filter((_, i) => !bad.has(i))
  }
  throw new Error('imported register could not be validated')
}
