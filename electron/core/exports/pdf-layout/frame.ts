/**
 * Pages and the place on them where the next thing goes, with a header and footer on every page.
 *
 * The document is written to its file as it grows: pdfkit writes a page's content when the next page starts,
 * so the pages' contents do not pile up in memory. What cannot be known yet (the number of pages for "page x of y",
 * the page numbers of the contents) goes into extra content streams of the page that stay open until the end:
 * a PDF page may have several content streams, drawn one after the other, and an object may be written after
 * the objects that refer to it. Each page keeps one such stream for its header and footer, drawn when the
 * document is finished (so a reader's tool also reads a page's own text before its header); the contents pages
 * keep another. Only these small open streams and pdfkit's list of pages stay in memory until the end.
 */
import { FOOTER_FROM_BOTTOM, HEADER_Y, MARGINS, STYLES } from './look'
import { type FontName, type PdfDocument, type PdfPage, type PdfRef } from './pdfkit'
import type { Typesetter } from './text'

/** The fonts of what is drawn at the end: header, footer and contents. */
const LATER_FONTS: FontName[] = ['regular', 'bold']

export type Orientation = 'portrait' | 'landscape'

/** The texts around a page: header (left, right) and footer (left, right); null leaves a place empty. */
export interface FrameTexts {
  headerLeft: string | null
  headerRight: string | null
  footerLeft: string | null
  footerRight: string | null
}

interface FramedPage {
  page: PdfPage
  /** The header and footer, drawn at the end. */
  frame: PdfRef
}

/** A stream of a written page that is drawn into at the end (the contents). */
export interface LaterContent {
  /** 1-based. */
  pageNumber: number
  draw(draw: () => void): void
}

export class PageFrame {
  /** Where the next block starts on the current page. */
  y = MARGINS.top
  private readonly pages: FramedPage[] = []
  private orientation: Orientation = 'portrait'

  constructor(
    readonly doc: PdfDocument,
    readonly text: Typesetter,
  ) {}

  /** 1-based number of the current page. */
  get pageNumber(): number {
    return this.pages.length
  }

  get left(): number {
    return MARGINS.left
  }

  /** Width between the margins. */
  get width(): number {
    return this.doc.page.width - MARGINS.left - MARGINS.right
  }

  get bottom(): number {
    return this.doc.page.height - MARGINS.bottom
  }

  /** Height left on the current page. */
  get room(): number {
    return this.bottom - this.y
  }

  /** Height between the margins of a fresh page of the current orientation. */
  get pageHeight(): number {
    return this.doc.page.height - MARGINS.top - MARGINS.bottom
  }

  get atTop(): boolean {
    return this.y <= MARGINS.top
  }

  addPage(orientation: Orientation = this.orientation): void {
    this.orientation = orientation
    this.doc.addPage({ size: 'A4', layout: orientation, margins: MARGINS })
    const page = this.doc.page
    const frame = this.doc.ref()
    // A few hundred bytes: compressing them would cost more (a zlib stream per page) than it saves.
    frame.compress = false
    // The page's resources are written with the page, so the fonts the later streams use are declared now.
    this.declareFonts(page)
    page.dictionary.data.Contents = [page.content, frame]
    this.pages.push({ page, frame })
    this.y = MARGINS.top
  }

  /** Start a new page when less than `height` is left on this one (and this one is not empty); true if it did. */
  ensure(height: number): boolean {
    if (height <= this.room + 0.01 || this.atTop) return false
    this.addPage()
    return true
  }

  /** A stream of the current page, drawn into at the end; links drawn then also belong to this page. */
  later(): LaterContent {
    const { page } = this.doc
    const stream = this.doc.ref()
    const annotations = this.doc.ref([])
    const contents = page.dictionary.data.Contents as PdfRef[]
    contents.splice(1, 0, stream)
    page.dictionary.data.Annots = annotations
    return {
      pageNumber: this.pageNumber,
      draw: (draw) => {
        // Links are added to the page's annotation list, which is written as its own object.
        page.dictionary.data.Annots = annotations.data
        this.drawInto(page, stream, draw)
        annotations.end()
      },
    }
  }

  /**
   * Write the last page, then the headers and footers of all pages (`texts` gets the page and the page count);
   * `step` is awaited after each page.
   */
  async finish(texts: (page: number, pages: number) => FrameTexts, step: () => Promise<void>): Promise<void> {
    this.doc.flushPages()
    const total = this.pages.length
    for (let i = 0; i < total; i++) {
      const { page, frame } = this.pages[i]
      this.drawInto(page, frame, () => this.drawFrame(page, texts(i + 1, total)))
      await step()
    }
  }

  private drawFrame(page: PdfPage, texts: FrameTexts): void {
    const style = STYLES.frame
    const right = page.width - MARGINS.right
    const footerY = page.height - FOOTER_FROM_BOTTOM
    if (texts.headerLeft !== null) this.text.draw([texts.headerLeft], style, MARGINS.left, HEADER_Y)
    if (texts.headerRight !== null) this.text.drawRight(texts.headerRight, style, right, HEADER_Y)
    if (texts.footerLeft !== null) this.text.draw([texts.footerLeft], style, MARGINS.left, footerY)
    if (texts.footerRight !== null) this.text.drawRight(texts.footerRight, style, right, footerY)
  }

  /** Draw into a stream of a page that may already be written: pdfkit draws into `page.content`. */
  private drawInto(page: PdfPage, stream: PdfRef, draw: () => void): void {
    const { doc } = this
    const current = doc.page
    const content = page.content
    const ctm = doc._ctm
    doc.page = page
    page.content = stream
    // Link rectangles are placed with the page's own coordinates (pages differ in orientation).
    doc._ctm = [1, 0, 0, -1, 0, page.height]
    try {
      draw()
    } finally {
      page.content = content
      doc.page = current
      doc._ctm = ctm
    }
    stream.end()
  }

  private declareFonts(page: PdfPage): void {
    const current = this.doc._font
    for (const name of LATER_FONTS) {
      const font = this.doc.font(name)._font
      page.fonts[font.id] = font.ref()
    }
    this.doc._font = current
  }
}
