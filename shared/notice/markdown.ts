/**
 * The notice as Markdown (CommonMark), for a consultant's editor or a static site. The register's text is
 * escaped, so a name with `*`, `_`, `<` or `[` prints as written and never becomes emphasis, a link or HTML.
 * A gap is bold and in brackets, to stand out in any viewer.
 */
import type { ListItem, NoticeBlock, NoticeDocument, Span } from './document'

/** Backslash-escape what CommonMark would read as markup, and line starts that would begin a block. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~&]/g, '\\$&')
    .split('\n')
    .map((line) => line.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-=+#|])/, '$1\\$2'))
    .join('\n')
}

const url = (href: string) => href.replace(/[()<>\s]/g, (c) => encodeURIComponent(c))

function spans(list: Span[]): string {
  return list
    .map((s) => {
      // Line breaks within a value stay line breaks (a hard break), indented to stay inside a list item.
      let text = escapeMarkdown(s.text).replace(/\n/g, '\\\n   ')
      if (s.href) text = `[${text}](${url(s.href)})`
      if (s.strong || s.gap) text = `**${text}**`
      return text
    })
    .join('')
}

function item(entry: ListItem, indent = ''): string {
  const lines = [`${indent}- ${spans(entry.spans)}`]
  for (const sub of entry.sub ?? []) lines.push(`${indent}  - ${spans(sub)}`)
  return lines.join('\n')
}

function block(b: NoticeBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`
    case 'paragraph':
      return b.tone === 'note' ? `*${spans(b.spans)}*` : spans(b.spans)
    case 'list':
      return b.items.map((i) => item(i)).join('\n')
    case 'facts':
      return b.rows.map((r) => `- **${escapeMarkdown(r.label)}:** ${spans(r.value)}`).join('\n')
    case 'contents':
      return [
        `**${escapeMarkdown(b.heading)}**`,
        '',
        ...b.entries.map((e) => `${e.level === 2 ? '  ' : ''}- [${escapeMarkdown(e.text)}](#${e.id})`),
      ].join('\n')
  }
}

export function noticeMarkdown(doc: NoticeDocument): string {
  return doc.blocks.map(block).join('\n\n') + '\n'
}
