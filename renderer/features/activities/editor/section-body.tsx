/**
 * A section's inputs, rendered again only when something they show may have changed (`deps`): typing in one
 * section then renders that section, the header and the overview, not the whole form of a dozen sections.
 * The form passes the values it shows to the section being worked in, and to the others a deferred copy
 * (useDeferredValue), so they catch up in a render React may interrupt for the next keystroke.
 */
import { memo, type ReactNode } from 'react'
import type { SectionProps } from './types'

interface Props {
  Section: (props: SectionProps) => ReactNode
  props: SectionProps
  /** What the section's output depends on besides its own state: compared one by one with Object.is. */
  deps: readonly unknown[]
}

export const SectionBody = memo(
  function SectionBody({ Section, props }: Props) {
    return <Section {...props} />
  },
  (before, after) =>
    before.Section === after.Section &&
    before.deps.length === after.deps.length &&
    before.deps.every((dep, i) => Object.is(dep, after.deps[i])),
)
