/**
 * How the activity editor is divided: by Art. 30 point, 30(1)(a)–(g) for a controller or joint-controller
 * record and 30(2)(a)–(d) for a processor record, plus sections for what the register keeps beyond Art. 30
 * (DPIA, systems, review). Each form path belongs to exactly one section for a given role, so a finding's
 * `field` (or a `?field=` link) tells which section to open. Shared: the editor's completeness marks and
 * the dashboard's and exports' completeness place Save's refusals and the findings by it alike.
 */
import type { Art30Key } from '../reference/art30'
import type { Role } from '../schemas/codes'
import type { SectionId } from './define'

export type { SectionId }

export interface SectionDef {
  id: SectionId
  /** The Art. 30 point the section records, or null for the register's own additions. */
  point: Art30Key | null
}

const CONTROLLER: SectionDef[] = [
  { id: 'about', point: null },
  { id: 'parties', point: '30(1)(a)' },
  { id: 'purposes', point: '30(1)(b)' },
  { id: 'data', point: '30(1)(c)' },
  { id: 'recipients', point: '30(1)(d)' },
  { id: 'transfers', point: '30(1)(e)' },
  { id: 'retention', point: '30(1)(f)' },
  { id: 'security', point: '30(1)(g)' },
  { id: 'risk', point: null },
  { id: 'systems', point: null },
  { id: 'review', point: null },
]

const PROCESSOR: SectionDef[] = [
  { id: 'about', point: null },
  { id: 'parties', point: '30(2)(a)' },
  { id: 'purposes', point: '30(2)(b)' },
  { id: 'transfers', point: '30(2)(c)' },
  { id: 'security', point: '30(2)(d)' },
  { id: 'processorData', point: null },
  { id: 'risk', point: null },
  { id: 'systems', point: null },
  { id: 'review', point: null },
]

export function sectionsFor(role: Role): readonly SectionDef[] {
  return role === 'processor' ? PROCESSOR : CONTROLLER
}

/**
 * Where a finding about `field` is shown: the path of an input that exists in the editor. A data category
 * is picked in a multi-select, so `dataCategories.2.dataCategoryId` is shown at `dataCategories`.
 */
export function displayPath(field: string): string {
  if (/^dataCategories\.\d+\.dataCategoryId$/.test(field)) return 'dataCategories'
  if (/^dataSubjectCategoryIds\.\d+$/.test(field)) return 'dataSubjectCategoryIds'
  if (/^securityMeasureIds\.\d+$/.test(field)) return 'securityMeasureIds'
  if (/^(jointControllerIds|controllerIds)\.\d+$/.test(field)) return field.split('.')[0]
  return field
}

const ABOUT = new Set(['reference', 'name', 'role', 'status', 'businessFunction', 'owner', 'description'])

/** The section holding a form path for a record of this role. */
export function sectionOf(field: string, role: Role): SectionId {
  const path = displayPath(field)
  const [head, index, leaf] = path.split('.')
  const processor = role === 'processor'
  if (ABOUT.has(head)) return 'about'
  switch (head) {
    case 'jointControllerIds':
    case 'controllerIds':
      return 'parties'
    case 'purposes':
      return 'purposes'
    case 'dataSubjectCategoryIds':
      return processor ? 'processorData' : 'data'
    case 'dataCategories':
      if (processor) return 'processorData'
      return index !== undefined && leaf !== undefined && leaf.startsWith('retention') ? 'retention' : 'data'
    case 'retention':
      return processor ? 'processorData' : 'retention'
    case 'recipients':
      return processor ? 'processorData' : 'recipients'
    case 'transfers':
      return 'transfers'
    case 'securityMeasureIds':
      return 'security'
    case 'automatedDecisionMaking':
    case 'dpia':
      return 'risk'
    case 'sources':
      return processor ? 'processorData' : 'data'
    case 'systems':
    case 'dataLocation':
      return 'systems'
    default:
      return 'review'
  }
}
