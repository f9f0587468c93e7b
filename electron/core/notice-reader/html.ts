/**
 * A web page (or the HTML mammoth makes of a .docx) as the plain text the reader works on: headings and
 * paragraphs on lines of their own with a blank line between, list items as "- …", table rows as cells
 * joined by " | ". Scripts, styles, menus, forms and hidden elements are left out; entities are decoded by
 * htmlparser2's tokenizer.
 */
import { Parser } from 'htmlparser2'

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'nav',
  'button',
  'select',
  'option',
  'iframe',
  'object',
  'canvas',
  'form',
])
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
])
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'address',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'body',
  'html',
  'details',
  'summary',
])

export function htmlToText(html: string): string {
  const out: string[] = []
  let line = ''
  let skipping = 0
  const stack: { name: string; skip: boolean }[] = []
  let cells: string[] | null = null
  let cell: string | null = null

  const append = (s: string) => {
    if (cell !== null) cell += s
    else line += s
  }
  const endLine = () => {
    const t = line.replace(/[ \t]+/g, ' ').trim()
    if (t !== '') out.push(t)
    line = ''
  }
  const blank = () => {
    endLine()
    if (out.length > 0 && out[out.length - 1] !== '') out.push('')
  }

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const hidden =
          'hidden' in attrs ||
          attrs['aria-hidden'] === 'true' ||
          /display\s*:\s*none/i.test(attrs.style ?? '')
        const skip = SKIP.has(name) || hidden
        if (!VOID.has(name)) stack.push({ name, skip })
        if (skip) {
          if (!VOID.has(name)) skipping++
          return
        }
        if (skipping > 0) return
        if (name === 'br') {
          if (cell !== null) cell += ' '
          else endLine()
        } else if (name === 'li') {
          endLine()
          line = '- '
        } else if (name === 'tr') {
          endLine()
          cells = []
        } else if ((name === 'td' || name === 'th') && cells) {
          cell = ''
        } else if (cells !== null) {
          // Paragraphs inside a cell (Word tables) stay in the cell.
          if (cell !== null && cell !== '' && (name === 'p' || BLOCK.has(name))) cell += ' '
        } else if (/^h[1-6]$/.test(name) || name === 'p' || name === 'table') {
          blank()
        } else if (BLOCK.has(name)) {
          endLine()
        }
      },
      ontext(text) {
        if (skipping > 0) return
        append(text.replace(/\s+/g, ' '))
      },
      onclosetag(name) {
        if (VOID.has(name)) return
        // Close up to the matching element (browsers forgive unclosed <p> and <li>).
        let index = -1
        for (let i = stack.length - 1; i >= 0; i--)
          if (stack[i].name === name) {
            index = i
            break
          }
        if (index < 0) return
        for (const closed of stack.splice(index)) if (closed.skip) skipping--
        if (skipping > 0) return
        if ((name === 'td' || name === 'th') && cells && cell !== null) {
          cells.push(cell.replace(/\s+/g, ' ').replace(/\|/g, '/').trim())
          cell = null
        } else if (name === 'tr' && cells) {
          if (cells.some((c) => c !== '')) out.push(cells.join(' | '))
          cells = null
        } else if (cells !== null) {
          return
        } else if (/^h[1-6]$/.test(name) || name === 'p' || name === 'table') {
          blank()
        } else if (name === 'li' || BLOCK.has(name)) {
          endLine()
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  endLine()
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
