/** The catalogue entries an import builds, found by folded name across all rows: "Employees" in two rows is one entry. */
import type { RegisterDocumentInput } from '../schemas/register'
import { fold } from './text'
import type { parseDataCategory, parseMeasure } from './values'

export class CataloguePool<E extends { id: string; name: string }> {
  readonly entries: E[] = []
  private readonly byName = new Map<string, E>()
  constructor(private readonly prefix: string) {}

  get(name: string, make: (id: string) => E): E {
    const key = fold(name)
    const known = this.byName.get(key)
    if (known) return known
    const entry = make(`${this.prefix}${this.entries.length + 1}`)
    this.entries.push(entry)
    this.byName.set(key, entry)
    return entry
  }
}

type Party = NonNullable<RegisterDocumentInput['parties']>[number] & { id: string; name: string }

/** The four catalogues of the document being built. */
export function cataloguePools() {
  return {
    parties: new CataloguePool<Party>('p'),
    subjects: new CataloguePool<{ id: string; name: string; description: null; vulnerable: boolean }>('s'),
    categories: new CataloguePool<{
      id: string
      name: string
      description: null
      special: ReturnType<typeof parseDataCategory>['special']
    }>('d'),
    measures: new CataloguePool<{
      id: string
      name: string
      kind: ReturnType<typeof parseMeasure>['kind']
      description: string | null
    }>('m'),
  }
}
export type CataloguePools = ReturnType<typeof cataloguePools>
