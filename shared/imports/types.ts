/** What the file readers hand to the pure importer, and what the importer reports back. */
import { z } from 'zod'

/** One sheet as text: rows of cells, null for an empty cell. Row i is the sheet's row i + 1. */
export interface SourceSheet {
  name: string
  rows: (string | null)[][]
  hidden: boolean
}

export interface SourceFile {
  kind: 'xlsx' | 'csv'
  sheets: SourceSheet[]
  /** Problems met while reading cells (formulas without a value, error cells), by sheet, row and column. */
  problems: ImportProblem[]
}

export const importProblemSchema = z.object({
  sheet: z.string().nullable(),
  /** 1-based row of the sheet, null when the problem concerns the whole sheet or file. */
  row: z.number().int().nullable(),
  /** Column letter ("C"), null when the problem concerns a whole row or sheet. */
  column: z.string().nullable(),
  /** The column's heading, when there is one. */
  heading: z.string().nullable().default(null),
  message: z.string(),
  /** "error": the cell's value was not imported; "warning": it was imported with a change worth checking. */
  severity: z.enum(['error', 'warning']),
})
export type ImportProblem = z.output<typeof importProblemSchema>

/** A file that cannot be imported at all, with the reason in words a DPO understands. */
export class ImportFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportFailure'
  }
}
