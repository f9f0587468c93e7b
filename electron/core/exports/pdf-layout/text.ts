/**
 * Text measurement, wrapping and drawing. Text is wrapped once into lines (pdfkit's line breaker, without
 * drawing) and the lines are then drawn one by one without wrapping again, so measuring a cell to decide where
 * a page breaks costs nothing extra when the cell is drawn. Wrapped lines are cached by style, width and text:
 * the labels, headings and "not recorded" of a register repeat on every fiche.
 */
import { LINE_SPACING, type TextStyle } from './look'
import { LineWrapperClass, type PdfDocument, type PdfFont } from './pdfkit'

/** Enough for every repeated label and value of a register, small enough to stay a few megabytes. */
const CACHE_LIMIT = 20_000

/**
 * The user's text as it is printed: a carriage return (alone or before a line feed) ends a line as a line feed
 * does, and a tab is printed as four spaces (fonts have no glyph for either). Nothing is interpreted: markup,
 * formula-like and quoted text are printed as written.
 */
export function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ')
}

/**
 * A font's glyph encoding of a line, remembered: the same labels, headings and values are drawn on every fiche,
 * and shaping them again is most of the cost of drawing text. Encoding has no other effect than adding the
 * glyphs to the font's subset, which the first call did.
 */
function memoizeEncode(font: PdfFont): void {
  const encode = font.encode.bind(font)
  const cache = new Map<string, ReturnType<PdfFont['encode']>>()
  font.encode = (text, features) => {
    if (features !== undefined) return encode(text, features)
    let encoded = cache.get(text)
    if (encoded === undefined) {
      encoded = encode(text)
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(text, encoded)
    }
    return encoded
  }
}

export class Typesetter {
  private readonly cache = new Map<string, string[]>()
  private readonly heights = new Map<string, number>()
  private readonly memoized = new Set<object>()

  constructor(private readonly doc: PdfDocument) {}

  private use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size)
    const font = this.doc._font
    if (!this.memoized.has(font)) {
      this.memoized.add(font)
      memoizeEncode(font)
    }
  }

  /** Height of one line of the style, with the line spacing. */
  lineHeight(style: TextStyle): number {
    const key = `${style.font}/${style.size}`
    let height = this.heights.get(key)
    if (height === undefined) {
      this.use(style)
      height = this.doc.currentLineHeight(true) * LINE_SPACING
      this.heights.set(key, height)
    }
    return height
  }

  width(text: string, style: TextStyle): number {
    this.use(style)
    return this.doc.widthOfString(printable(text))
  }

  /** The lines `text` wraps into at `width`; always at least one (an empty cell is one line high). */
  lines(text: string, style: TextStyle, width: number): string[] {
    const key = `${style.font}/${style.size}/${width.toFixed(2)}/${text}`
    const cached = this.cache.get(key)
    if (cached) return cached
    this.use(style)
    const lines: string[] = []
    const wrapper = new LineWrapperClass(this.doc, { width, height: Infinity })
    // The wrapper hands over each line with its break: the spaces it broke at and the line feed are not printed.
    wrapper.on('line', (line) => lines.push(line.replace(/[\s]+$/u, '')))
    wrapper.wrap(printable(text), {})
    if (lines.length === 0) lines.push('')
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
    this.cache.set(key, lines)
    return lines
  }

  /** Draw lines from the top-left corner (`x`, `y`), left-aligned. */
  draw(lines: readonly string[], style: TextStyle, x: number, y: number): void {
    this.use(style)
    this.doc.fillColor(style.color)
    const height = this.lineHeight(style)
    lines.forEach((line, i) => {
      if (line !== '') this.doc.text(line, x, y + i * height, { lineBreak: false })
    })
  }

  /** Draw one line ending at `right`. */
  drawRight(text: string, style: TextStyle, right: number, y: number): void {
    this.draw([printable(text)], style, right - this.width(text, style), y)
  }
}
