/**
 * pdfkit, typed for the few calls the PDF export makes, with the DejaVu fonts registered.
 *
 * pdfkit ships no type declarations; the shapes below are what this layout layer uses. A few of them are
 * pdfkit internals that its own `switchToPage` relies on as well (`page.content`, a page's dictionary and
 * resources, `_ctm`): they let the frame write the header, footer and contents of a page after the page itself
 * has been written to the file (frame.ts explains why).
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
  readonly fonts: Record<string, PdfRef>
}

export interface PdfFont {
  id: string
  ref(): PdfRef
  /** The glyph ids (hex) and positions of a text; pdfkit calls it for every line it draws. */
  encode(text: string, features?: unknown): [string[], unknown[]]
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
  addPage(options: { size: 'A4'; layout: 'portrait' | 'landscape'; margins: { top: number; left: number; right: number; bottom: number } }): this
  flushPages(): void
  ref(data?: unknown): PdfRef
  registerFont(name: string, src: string): this
  font(name: string): this
  fontSize(size: number): this
  currentLineHeight(includeGap: boolean): number
  widthOfString(text: string): number
  text(text: string, x: number, y: number, options: TextOptions): this
  fillColor(color: string): this
  strokeColor(color: string): this
  lineWidth(width: number): this
  rect(x: number, y: number, w: number, h: number): this
  moveTo(x: number, y: number): this
  lineTo(x: number, y: number): this
  fill(): this
  stroke(): this
  /** A link to a page (0-based). */
  link(x: number, y: number, w: number, h: number, page: number): this
  end(): void
}

export interface LineWrapper {
  on(event: 'line', listener: (line: string) => void): void
  wrap(text: string, options: Record<string, unknown>): void
}

interface PdfKitModule {
  new (options: Record<string, unknown>): PdfDocument
  LineWrapper: new (document: PdfDocument, options: Record<string, unknown>) => LineWrapper
}

const PDFDocument = require('pdfkit') as PdfKitModule

/** pdfkit's line breaking (Unicode line break rules, long words split), used without drawing. */
export const LineWrapperClass = PDFDocument.LineWrapper

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
  const doc = new PDFDocument({
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
