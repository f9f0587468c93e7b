/** What a field's zod type allows, read from the schema itself so no limit is written twice. */
import type { z } from 'zod'

type Wrapper = { unwrap(): z.ZodType }
type Lengthy = { maxLength: number | null }
type Listy = { element: z.ZodType }

/**
 * The most characters a text field (or each entry of a list of texts) may hold: the `max` of its string type,
 * through `.nullable()`, `.default()` and arrays. Infinity when the schema sets none.
 */
export function maxTextLength(schema: z.ZodType): number {
  let current: unknown = schema
  for (let depth = 0; depth < 10; depth++) {
    if (current !== null && typeof current === 'object' && 'maxLength' in current && !('element' in current))
      return (current as Lengthy).maxLength ?? Infinity
    if (current !== null && typeof current === 'object' && 'element' in current)
      current = (current as Listy).element
    else if (current !== null && typeof current === 'object' && 'unwrap' in current)
      current = (current as Wrapper).unwrap()
    else break
  }
  return Infinity
}
