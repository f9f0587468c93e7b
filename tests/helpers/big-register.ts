/** A register with many activities (copies of the rich register's payroll activity), for long exports. */
import type { RegisterDocumentInput } from '../../shared/schemas/register'
import { richRegister } from '../fixtures/rich-register'

export function bigRegister(activities: number): RegisterDocumentInput {
  const doc = richRegister()
  const template = doc.activities![0]
  doc.activities = Array.from({ length: activities }, (_, i) => ({
    ...template,
    id: `a${i + 1}`,
    reference: `PA-${String(i + 1).padStart(5, '0')}`,
    name: `${template.name} ${i + 1}`,
  }))
  return doc
}
