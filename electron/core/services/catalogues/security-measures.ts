/** The catalogue of technical and organisational security measures (Art. 30(1)(g), Art. 32). */
import type { Selectable } from 'kysely'
import type { SecurityMeasureFields } from '../../../../shared/schemas/catalogue'
import type { SecurityMeasureKind } from '../../../../shared/schemas/codes'
import type { Database } from '../../db/schema'
import { replaceId, TABLES, type CatalogueKind } from './kind'

export const SECURITY_MEASURES: CatalogueKind<'securityMeasures'> = {
  table: TABLES.securityMeasures,
  entity: 'securityMeasure',
  noun: 'security measure',
  uses: [{ table: 'activity_security_measures', column: 'security_measure_id' }],
  toEntry: (r: Selectable<Database['security_measures']>) => ({
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    kind: r.kind as SecurityMeasureKind,
    description: r.description,
  }),
  columns: (f: SecurityMeasureFields) => ({ name: f.name, kind: f.kind, description: f.description }),
  replace: (a, from, to) => ({ ...a, securityMeasureIds: replaceId(a.securityMeasureIds, from, to) }),
}
