/**
 * pdfkit, typed for the few calls the PDF export makes, with the DejaVu fonts registered.
 *
 * pdfkit ships no type declarations; the shapes below are what this layout layer uses. pdfkit makes the file:
 * its objects and streams, compression, the fonts (shaping, subsets, embedding), outline and links; it also
 * breaks lines. The drawing operators are written by ink.ts and text.ts. A few shapes are pdfkit internals
 * that its own `switchToPage` and text drawing rely on as well (`page.content`, a page's dictionary and
 * resources, `_ctm`, `_font`): they let the frame write the header, footer and contents of a page after the
 * page itself has been written to the file (frame.ts explains why).
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** A PDF object; a stream when written to, written to the file by `end()`. */
export interface PdfRef {
  data: unknown
  /** Whether the stream is deflated when written (pdfkit's default: yes). */
  compress: boolean
  write(chunk: string): void
  end(): void
}

export interface PdfPage {
  width: number
  height: number
  /** The stream page drawing goes to (PDFPage.write writes here). */
  content: PdfRef
  dictionary: PdfRef & { data: Record<string, unknown> }
  /** The page's font resources, by font id. */
  readonly fonts: Record<string, PdfRef | undefined>
}

export interface GlyphPosition {
  /** In thousandths of the font size. */
  xAdvance: number
  advanceWidth: number
  xOffset: number
  yOffset: number
}

export interface PdfFont {
  id: string
  /** Ascent in thousandths of the font size. */
  ascender: number
  ref(): PdfRef
  /** The glyphs (subset ids in hex, added to the subset) and their positions of a text. */
  encode(text: string): [string[], GlyphPosition[]]
}

export interface PdfOutline {
  addItem(title: string, options: { pageNumber: number; fit: true; expanded: boolean }): PdfOutline
}

interface TextOptions {
  lineBreak: false
}

export interface PdfDocument extends NodeJS.ReadableStream {
  page: PdfPage
  outline: PdfOutline
  /** Current transformation matrix, which annotations are placed with. */
  _ctm: number[]
  _font: PdfFont
  addPage(options: {
    size: 'A4'
    layout: 'portrait' | 'landscape'
    margins: { top: number; left: number; right: number; bottom: number }
  }): this
  flushPages(): void
  /** Append operators to the current page's content stream. */
  addContent(operators: string): this
  ref(data?: unknown): PdfRef
  registerFont(name: string, src: string): this
  font(name: string): this
  fontSize(size: number): this
  currentLineHeight(includeGap: boolean): number
  widthOfString(text: string): number
  /** Text drawn by pdfkit: only a line whose glyphs need placing off the line (text.ts draws the rest). */
  text(text: string, x: number, y: number, options: TextOptions): this
  fillColor(color: string): this
  /** A link to a page (0-based). */
  link(x: number, y: number, w: number, h: number, page: number): this
  end(): void
}

export interface LineWrapper {
  on(event: 'line', listener: (line: string) => void): void
  wrap(text: string, options: Record<string, unknown>): void
  /** The width a piece of a line takes (replaceable: the wrapper measures every piece through it). */
  wordWidth(word: string): number
}

interface PdfKitModule {
  new (options: Record<string, unknown>): PdfDocument
  LineWrapper: new (document: PdfDocument, options: Record<string, unknown>) => LineWrapper
}

let loaded: PdfKitModule | undefined

/**
 * pdfkit, loaded at the first PDF rather than with the core: with fontkit and its tables it is 30 MB of memory
 * and a second of start-up that `ropa` and the app otherwise spend on every start, a PDF made or not.
 */
function pdfkit(): PdfKitModule {
  return (loaded ??= require('pdfkit') as PdfKitModule)
}

/** pdfkit's line breaking (Unicode line break rules, long words split), used without drawing. */
export function lineWrapper(document: PdfDocument, options: Record<string, unknown>): LineWrapper {
  return new (pdfkit().LineWrapper)(document, options)
}

export const FONT_NAMES = ['regular', 'bold', 'italic', 'boldItalic'] as const
export type FontName = (typeof FONT_NAMES)[number]

/** DejaVu Sans: Latin with every EU language's diacritics, Greek and Cyrillic; embedded as subsets. */
const FONT_FILES: Record<FontName, string> = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  boldItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
}

export interface DocumentInfo {
  Title: string
  Author: string
  Subject: string
  Keywords: string
  Creator: string
  Producer: string
  CreationDate: Date
}

/** A document with no page yet and the DejaVu fonts registered (each is read when first used). */
export function createDocument(info: DocumentInfo, lang: string): PdfDocument {
  const doc = new (pdfkit())({
    autoFirstPage: false,
    // Pages are written as soon as the next one starts; frame.ts keeps what must wait for the end.
    bufferPages: false,
    // No default font: pdfkit would load Helvetica's metrics for nothing. Text always names its DejaVu font.
    font: null,
    lang,
    displayTitle: true,
    info,
  })
  for (const name of FONT_NAMES) doc.registerFont(name, FONT_FILES[name])
  return doc
}
