/**
 * Free text across the page (titles, headings, notes): wrapped to the width between the margins and continued
 * on the next page when it does not fit.
 */
import type { PageFrame } from './frame'
import type { TextStyle } from './look'

/** The height `text` takes across the page, without the space after it. */
export function paragraphHeight(frame: PageFrame, text: string, style: TextStyle): number {
  return frame.text.lines(text, style, frame.width).length * frame.text.lineHeight(style)
}

/** Draw `text` at the frame's position and move below it and `spaceAfter`. */
export function paragraph(frame: PageFrame, text: string, style: TextStyle, spaceAfter = 0): void {
  const lines = frame.text.lines(text, style, frame.width)
  const height = frame.text.lineHeight(style)
  let from = 0
  while (from < lines.length) {
    if (frame.room + 0.01 < height && !frame.atTop) {
      frame.addPage()
      continue
    }
    const fit = Math.max(1, Math.floor((frame.room + 0.01) / height))
    const part = lines.slice(from, from + fit)
    frame.text.draw(part, style, frame.left, frame.y)
    frame.y += part.length * height
    from += part.length
    if (from < lines.length) frame.addPage()
  }
  frame.y += spaceAfter
}
