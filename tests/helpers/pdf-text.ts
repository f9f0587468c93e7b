/** The text of a PDF as a reader's tool extracts it (pdfjs-dist), one string per page. */
import fs from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export async function pdfPages(file: string): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
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
