/**
 * Text measurement, wrapping and drawing. Text is wrapped once into lines (pdfkit's line breaker, without
 * drawing) and the lines are then drawn without wrapping again, so measuring a cell to decide where a page
 * breaks costs nothing extra when the cell is drawn. The lines of a block are drawn as one string of text
 * operators with the glyphs the font shaped (see ink.ts for why not through pdfkit's `text`). Wrapped lines and
 * shaped glyphs are cached: the labels, headings and "not recorded" of a register repeat on every fiche.
 */
import { LINE_SPACING, type TextStyle } from './look'
import { num, rgb } from './ink'
import type { Language } from '../../../../shared/schemas/codes'
import { hyphenateWord, SOFT_HYPHEN } from './hyphenate'
import { lineWrapper, type PdfDocument, type PdfFont } from './pdfkit'

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

/** How a line is shown with a font: the TJ operand of its glyphs with the font's kerning. */
function showOperand(font: PdfFont, line: string): string | null {
  const [glyphs, positions] = font.encode(line)
  const parts: string[] = []
  let from = 0
  for (let i = 0; i < positions.length; i++) {
    const { xAdvance, advanceWidth, xOffset, yOffset } = positions[i]
    // A glyph placed off its line (a combining mark of decomposed text): left to pdfkit, which handles it.
    if (xOffset || yOffset) return null
    if (xAdvance !== advanceWidth) {
      parts.push(`<${glyphs.slice(from, i + 1).join('')}> ${num(advanceWidth - xAdvance)}`)
      from = i + 1
    }
  }
  if (from < glyphs.length) parts.push(`<${glyphs.slice(from).join('')}>`)
  return `[${parts.join(' ')}]`
}

export class Typesetter {
  private readonly cache = new Map<string, string[]>()
  private readonly heights = new Map<string, number>()
  /** TJ operands by font and line (null: drawn by pdfkit); a register repeats its labels on every fiche. */
  private readonly shown = new Map<string, string | null>()

  /** `language`: whose hyphenation patterns break the words too long for a line. */
  constructor(
    private readonly doc: PdfDocument,
    private readonly language: Language,
  ) {}

  private use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size)
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
    const paragraphs = printable(text).split('\n')
    // A final line feed ends the last line rather than starting an empty one.
    if (paragraphs.length > 1 && paragraphs[paragraphs.length - 1] === '') paragraphs.pop()
    for (const paragraph of paragraphs) {
      // The spaces a line ends with are not printed.
      const line = paragraph.replace(/\s+$/u, '')
      // Most values fit on a line: measuring them is cheaper than running the line breaker.
      if (this.doc.widthOfString(line) <= width) lines.push(line)
      else this.wrap(line, width, lines)
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
    this.cache.set(key, lines)
    return lines
  }

  /**
   * Break one paragraph into lines with pdfkit's line breaker (Unicode rules): at spaces, and a word wider than
   * the line at the places its language's hyphenation allows, with a hyphen. Only a syllable still too wide for
   * the line is split where it must.
   */
  private wrap(paragraph: string, width: number, lines: string[]): void {
    // pdfkit measures a word with the punctuation and space after it ("Verarbeitungstätigkeit, "), and splits
    // it anywhere when that is wider than the line: such a word gets its hyphenation points.
    const space = this.doc.widthOfString(' ')
    const hyphenated = paragraph.replace(/\S+/gu, (token) =>
      this.doc.widthOfString(token) + space > width
        ? token.replace(/[\p{L}\p{M}]{5,}/gu, (word) => hyphenateWord(word, this.language))
        : token,
    )
    const wrapper = lineWrapper(this.doc, { width, height: Infinity })
    // A soft hyphen takes no room unless the line breaks there (the wrapper then adds the hyphen's width).
    const measure = wrapper.wordWidth.bind(wrapper)
    wrapper.wordWidth = (word) => measure(word.replaceAll(SOFT_HYPHEN, ''))
    // The wrapper hands over each line with the spaces it broke at, which are not printed, and with the soft
    // hyphens it did not break at (the one it broke at is already a hyphen).
    // A line after the first may start with the space pdfkit split off a word that filled the line.
    const first = lines.length
    wrapper.on('line', (line) => {
      const printed = line.replace(/\s+$/u, '').replaceAll(SOFT_HYPHEN, '')
      lines.push(lines.length > first ? printed.replace(/^\s+/u, '') : printed)
    })
    wrapper.wrap(hyphenated, {})
  }

  /** Draw lines from the top-left corner (`x`, `y`), left-aligned. */
  draw(lines: readonly string[], style: TextStyle, x: number, y: number): void {
    this.use(style)
    const { doc } = this
    const font = doc._font
    const height = this.lineHeight(style)
    const operands = lines.map((line) => (line === '' ? '' : this.operand(font, line)))
    if (operands.includes(null)) {
      doc.fillColor(style.color)
      lines.forEach((line, i) => line !== '' && doc.text(line, x, y + i * height, { lineBreak: false }))
      return
    }
    const page = doc.page
    page.fonts[font.id] ??= font.ref()
    // Text is drawn in the PDF's own coordinates (y upwards), its baseline one ascent below the line's top.
    const baseline = (i: number) => page.height - y - i * height - (font.ascender / 1000) * style.size
    const shown = operands.flatMap((operand, i) =>
      operand === '' ? [] : [`1 0 0 1 ${num(x)} ${num(baseline(i))} Tm ${operand} TJ`],
    )
    if (shown.length === 0) return
    doc.addContent(
      `q 1 0 0 -1 0 ${num(page.height)} cm ${rgb(style.color)} rg BT /${font.id} ${num(style.size)} Tf\n${shown.join('\n')}\nET Q`,
    )
  }

  private operand(font: PdfFont, line: string): string | null {
    const key = `${font.id}/${line}`
    let operand = this.shown.get(key)
    if (operand === undefined) {
      operand = showOperand(font, line)
      if (this.shown.size >= CACHE_LIMIT) this.shown.clear()
      this.shown.set(key, operand)
    }
    return operand
  }

  /** Draw one line ending at `right`. */
  drawRight(text: string, style: TextStyle, right: number, y: number): void {
    this.draw([printable(text)], style, right - this.width(text, style), y)
  }
}
