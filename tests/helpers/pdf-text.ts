/** The text of a PDF as a reader's tool extracts it (pdfjs-dist), one string per page. */
import fs from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export async function pdfPages(file: string): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    )
  }
  await pdf.destroy()
  return pages
}

export async function pdfInfo(file: string): Promise<Record<string, unknown>> {
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise
  const { info } = await pdf.getMetadata()
  await pdf.destroy()
  return info as Record<string, unknown>
}

export interface OutlineItem {
  title: string
  /** 1-based page the bookmark opens. */
  page: number
  items: OutlineItem[]
}

type PdfDocumentProxy = Awaited<ReturnType<typeof getDocument>['promise']>

async function withPdf<T>(file: string, read: (pdf: PdfDocumentProxy) => Promise<T>): Promise<T> {
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise
  try {
    return await read(pdf)
  } finally {
    await pdf.destroy()
  }
}

async function pageOf(pdf: PdfDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[] | null)
  if (!explicit) throw new Error(`no destination ${String(dest)}`)
  return (await pdf.getPageIndex(explicit[0] as { num: number; gen: number })) + 1
}

/** The bookmarks (outline) of a PDF with the pages they open. */
export function pdfOutline(file: string): Promise<OutlineItem[]> {
  return withPdf(file, async (pdf) => {
    const convert = async (
      items: { title: string; dest: unknown; items: unknown[] }[],
    ): Promise<OutlineItem[]> =>
      Promise.all(
        items.map(async (item) => ({
          title: item.title,
          page: await pageOf(pdf, item.dest),
          items: await convert(item.items as typeof items),
        })),
      )
    return convert(((await pdf.getOutline()) ?? []) as { title: string; dest: unknown; items: unknown[] }[])
  })
}

/** The internal links of one page (1-based): the page each opens, top to bottom. */
export function pdfPageLinks(file: string, page: number): Promise<number[]> {
  return withPdf(file, async (pdf) => {
    const annotations = (await (await pdf.getPage(page)).getAnnotations()) as {
      subtype: string
      dest?: unknown
      rect: number[]
    }[]
    const links = annotations
      .filter((a) => a.subtype === 'Link' && a.dest)
      .sort((a, b) => b.rect[1] - a.rect[1])
    return Promise.all(links.map((a) => pageOf(pdf, a.dest)))
  })
}
