/**
 * A mark on the Performance timeline at each commit whose findings were checked on the values the form
 * shows: the benchmark (bench/browser.ts) times a keystroke to the first such mark after it. Costs one
 * comparison per render and a mark only when the findings are current.
 */
import { useLayoutEffect } from 'react'

export const FINDINGS_CURRENT_MARK = 'ropa:findings-current'

export function useFindingsCurrentMark(checked: unknown, shown: unknown): void {
  useLayoutEffect(() => {
    if (checked === shown) performance.mark(FINDINGS_CURRENT_MARK)
  })
}
