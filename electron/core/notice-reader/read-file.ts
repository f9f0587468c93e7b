/**
 * A privacy notice file as plain text: .txt and .md as written (UTF-8, or Windows-1252 when it is not),
 * .html with its markup read properly, .pdf by its text layer (pdfjs-dist), .docx through mammoth. Files are
 * read here in the core, never in shared/; what cannot be read is refused in words.
 */
import path from 'node:path'
import { invalid } from '../errors'
import { htmlToText } from './html'
import { NOTICE_LIMITS } from './limits'
import { markdownToText } from './markdown'
import { loadPdfjs } from './pdfjs'

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** UTF-8 (with or without a byte order mark), else Windows-1252, the other encoding notices are saved in. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

async function pdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  const { getDocument } = await loadPdfjs()
  let pdf
  try {
    pdf = await getDocument({
      data: bytes,
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
    }).promise
  } catch (error) {
    throw invalid(`“${fileName}” could not be opened as a PDF (${(error as Error).message}).`)
  }
  try {
    const pages: string[] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent()
      let page = ''
      for (const item of content.items) if ('str' in item) page += item.str + (item.hasEOL ? '\n' : '')
      pages.push(page.trim())
    }
    return pages.join('\n\n')
  } finally {
    await pdf.destroy()
  }
}

async function docxText(bytes: Buffer, fileName: string): Promise<string> {
  // Loaded at the first Word document, not at every start of the app.
  const { default: mammoth } = await import('mammoth')
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes })
    return htmlToText(value)
  } catch (error) {
    throw invalid(`“${fileName}” could not be read as a Word document (.docx): ${(error as Error).message}`)
  }
}

export async function readNoticeFile(fileName: string, bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw invalid(`“${fileName}” is empty.`)
  if (bytes.length > NOTICE_LIMITS.fileBytes)
    throw invalid(
      `“${fileName}” is ${mb(bytes.length)}; ROPA reads notices of up to ${mb(NOTICE_LIMITS.fileBytes)}.`,
    )
  const ext = path.extname(fileName).toLowerCase()
  let text: string
  if (ext === '.txt') text = decodeText(bytes)
  else if (ext === '.md' || ext === '.markdown') text = markdownToText(decodeText(bytes))
  else if (ext === '.html' || ext === '.htm') text = htmlToText(decodeText(bytes))
  else if (ext === '.pdf') text = await pdfText(new Uint8Array(bytes), fileName)
  else if (ext === '.docx') text = await docxText(bytes, fileName)
  else if (ext === '.doc')
    throw invalid(
      `“${fileName}” is an old Word 97–2003 document (.doc). Save it as a Word document (.docx) or PDF, and read that.`,
    )
  else
    throw invalid(
      `ROPA reads privacy notices saved as text (.txt), Markdown (.md), web pages (.html), PDF (.pdf) or Word documents (.docx); “${fileName}” is none of these.`,
    )
  if (text.trim() === '') {
    throw invalid(
      ext === '.pdf'
        ? `“${fileName}” has no text layer (it may be a scanned image). Save the notice as text or a PDF with text, and read that.`
        : `“${fileName}” contains no text.`,
    )
  }
  if (text.length > NOTICE_LIMITS.textChars)
    throw invalid(
      `“${fileName}” has more text than a privacy notice (over ${NOTICE_LIMITS.textChars.toLocaleString('en')} characters).`,
    )
  return text
}
