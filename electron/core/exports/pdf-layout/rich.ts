/**
 * Text of mixed styles in one paragraph (a bold label then plain text, a highlighted gap inside a sentence):
 * broken into lines word by word across the styles, a word longer than a line split between letters, and
 * drawn segment by segment. Free text of the register is printed as written (see text.ts, `printable`).
 */
import type { PageFrame } from './frame'
import { fillRect } from './ink'
import type { TextStyle } from './look'

export interface RichRun {
  text: string
  style: TextStyle
  /** Drawn on a coloured band (a gap the reader must notice). */
  mark?: string
}

interface Segment extends RichRun {
  width: number
}

export interface RichLine {
  segments: Segment[]
  height: number
}

/** The runs broken into lines no wider than `width`; a line feed in a run ends a line. */
export function richLines(frame: PageFrame, runs: RichRun[], width: number): RichLine[] {
  const lines: RichLine[] = []
  let current: Segment[] = []
  let x = 0
  const height = (segments: Segment[], fallback: TextStyle) =>
    Math.max(
      ...(segments.length > 0 ? segments : [{ style: fallback }]).map((s) => frame.text.lineHeight(s.style)),
    )
  const finish = (style: TextStyle) => {
    // Spaces a line ends with are not printed.
    while (current.length > 0 && current[current.length - 1].text.trim() === '') current.pop()
    lines.push({ segments: merge(current), height: height(current, style) })
    current = []
    x = 0
  }
  const push = (text: string, run: RichRun, w: number) => {
    current.push({ ...run, text, width: w })
    x += w
  }
  for (const run of runs) {
    const paragraphs = run.text.replace(/\r\n?/g, '\n').split('\n')
    paragraphs.forEach((paragraph, p) => {
      if (p > 0) finish(run.style)
      for (const token of paragraph.split(/(\s+)/).filter((t) => t !== '')) {
        const space = token.trim() === ''
        if (space) {
          if (x > 0) push(' ', run, frame.text.width(' ', run.style))
          continue
        }
        let w = frame.text.width(token, run.style)
        if (x + w > width && x > 0) {
          finish(run.style)
        }
        if (w <= width) {
          push(token, run, w)
          continue
        }
        // A word wider than the line (a long address): as many letters per line as fit.
        let rest = token
        while (rest !== '') {
          let n = rest.length
          while (n > 1 && frame.text.width(rest.slice(0, n), run.style) > width - x) n--
          push(rest.slice(0, n), run, frame.text.width(rest.slice(0, n), run.style))
          rest = rest.slice(n)
          if (rest !== '') finish(run.style)
        }
        w = 0
      }
    })
  }
  if (current.length > 0 || lines.length === 0)
    finish(runs[0]?.style ?? { font: 'regular', size: 10, color: '#000000' })
  return lines
}

/** Neighbouring segments of one style drawn as one piece of text. */
function merge(segments: Segment[]): Segment[] {
  const merged: Segment[] = []
  for (const s of segments) {
    const last = merged[merged.length - 1]
    if (last && last.style === s.style && last.mark === s.mark) {
      last.text += s.text
      last.width += s.width
    } else merged.push({ ...s })
  }
  return merged
}

/** Draw lines at (`x`, `y`); returns the height drawn. */
export function drawRichLines(frame: PageFrame, lines: RichLine[], x: number, y: number): number {
  let top = y
  for (const line of lines) {
    let left = x
    for (const s of line.segments) {
      if (s.mark) fillRect(frame.doc, left - 1, top, s.width + 2, line.height, s.mark)
      frame.text.draw([s.text], s.style, left, top)
      left += s.width
    }
    top += line.height
  }
  return top - y
}

/** Draw a rich paragraph at the frame's position, `indent` from the left margin, continuing on new pages. */
export function richParagraph(
  frame: PageFrame,
  runs: RichRun[],
  options: { indent?: number; spaceAfter?: number } = {},
): void {
  const indent = options.indent ?? 0
  for (const line of richLines(frame, runs, frame.width - indent)) {
    frame.ensure(line.height)
    frame.y += drawRichLines(frame, [line], frame.left + indent, frame.y)
  }
  frame.y += options.spaceAfter ?? 0
}
