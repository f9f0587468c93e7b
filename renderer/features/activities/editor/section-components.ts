/** Which component draws each section of the editor, and the section's title (its Art. 30 point's, or its own). */
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import type { SectionId } from './sections'
import { AboutSection } from './sections/AboutSection'
import { DataSection } from './sections/DataSection'
import { PartiesSection } from './sections/PartiesSection'
import { ProcessorDataSection } from './sections/ProcessorDataSection'
import { PurposesSection } from './sections/PurposesSection'
import { RecipientsSection } from './sections/RecipientsSection'
import { RetentionSection } from './sections/RetentionSection'
import { ReviewSection } from './sections/ReviewSection'
import { RiskSection } from './sections/RiskSection'
import { SecuritySection } from './sections/SecuritySection'
import { SystemsSection } from './sections/SystemsSection'
import { TransfersSection } from './sections/TransfersSection'
import type { SectionProps } from './types'

export const SECTION_COMPONENTS: Record<SectionId, (props: SectionProps) => ReactNode> = {
  about: AboutSection,
  parties: PartiesSection,
  purposes: PurposesSection,
  data: DataSection,
  recipients: RecipientsSection,
  transfers: TransfersSection,
  retention: RetentionSection,
  security: SecuritySection,
  processorData: ProcessorDataSection,
  risk: RiskSection,
  systems: SystemsSection,
  review: ReviewSection,
}

export function sectionTitle(t: TFunction, id: SectionId, point: string | null): string {
  // Keys built at run time: a plain string signature spares the compiler the whole catalogue's key union.
  const translate = t as unknown as (key: string) => string
  return point ? translate(`labels.art30.${point}`) : translate(`editor.sections.${id}`)
}
