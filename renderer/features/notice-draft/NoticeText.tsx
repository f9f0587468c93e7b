/**
 * The notice as read, with the evidence of every kept proposal lightly marked and that of the chosen one
 * strongly marked and scrolled into view.
 */
import { Box, ScrollArea } from '@mantine/core'
import { useEffect, useMemo, useRef } from 'react'
import type { Evidence } from '../../../shared/notice-reader/schema'

interface Props {
  text: string
  /** Evidence of the kept proposals. */
  marked: Evidence[]
  /** Evidence of the chosen proposal. */
  chosen: Evidence[]
  label: string
}

interface Piece {
  start: number
  end: number
  level: 0 | 1 | 2
}

function pieces(length: number, marked: Evidence[], chosen: Evidence[]): Piece[] {
  const cuts = new Set([0, length])
  for (const e of [...marked, ...chosen]) {
    cuts.add(Math.max(0, Math.min(length, e.start)))
    cuts.add(Math.max(0, Math.min(length, e.end)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Piece[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]]
    const inside = (list: Evidence[]) => list.some((e) => e.start <= start && e.end >= end)
    const level = inside(chosen) ? 2 : inside(marked) ? 1 : 0
    const last = out[out.length - 1]
    if (last && last.level === level) last.end = end
    else out.push({ start, end, level })
  }
  return out
}

export function NoticeText({ text, marked, chosen, label }: Props) {
  const parts = useMemo(() => pieces(text.length, marked, chosen), [text, marked, chosen])
  const first = useRef<HTMLElement | null>(null)
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [chosen])
  const firstChosen = parts.findIndex((p) => p.level === 2)
  return (
    <ScrollArea h="calc(100vh - 220px)" type="auto" offsetScrollbars>
      <Box
        component="pre"
        aria-label={label}
        style={{
          whiteSpace: 'pre-wrap',
          fontFamily: 'inherit',
          fontSize: 'var(--mantine-font-size-sm)',
          lineHeight: 1.55,
          margin: 0,
        }}
      >
        {parts.map((p, i) => {
          const slice = text.slice(p.start, p.end)
          if (p.level === 0) return <span key={p.start}>{slice}</span>
          const ref = i === firstChosen ? (el: HTMLElement | null) => void (first.current = el) : undefined
          return (
            <mark
              key={p.start}
              ref={ref}
              data-evidence={p.level === 2 ? 'chosen' : 'kept'}
              style={{
                background: p.level === 2 ? 'var(--mantine-color-yellow-4)' : 'var(--mantine-color-blue-0)',
                borderRadius: 2,
                padding: 0,
              }}
            >
              {slice}
            </mark>
          )
        })}
      </Box>
    </ScrollArea>
  )
}
