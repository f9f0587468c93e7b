/**
 * The notice as a standalone HTML page for a website: one file, its own small style sheet, no script, every
 * text escaped (the register's text is data, never markup), links only to the web, email and the page's own
 * headings. A gap is a highlighted `<mark class="gap">`, easy to find before publishing.
 */
import type { ListItem, NoticeBlock, NoticeDocument, Span } from './document'

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

/** Only web, email and in-page links are written; anything else (javascript:, data:) prints as text. */
const safeHref = (href: string) => /^(https?:|mailto:|#)/i.test(href)

function spans(list: Span[]): string {
  return list
    .map((s) => {
      let html = escapeHtml(s.text).replace(/\r?\n/g, '<br>')
      if (s.href && safeHref(s.href)) html = `<a href="${escapeHtml(s.href)}">${html}</a>`
      if (s.strong) html = `<strong>${html}</strong>`
      if (s.gap) html = `<mark class="gap">${html}</mark>`
      return html
    })
    .join('')
}

const item = (entry: ListItem) =>
  `<li>${spans(entry.spans)}${entry.sub ? `<ul>${entry.sub.map((s) => `<li>${spans(s)}</li>`).join('')}</ul>` : ''}</li>`

function block(b: NoticeBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level} id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</h${b.level}>`
    case 'paragraph':
      return `<p${b.tone ? ` class="${b.tone}"` : ''}>${spans(b.spans)}</p>`
    case 'list':
      return `<ul>${b.items.map(item).join('')}</ul>`
    case 'facts':
      return `<table class="facts"><tbody>${b.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${spans(r.value)}</td></tr>`).join('')}</tbody></table>`
    case 'contents': {
      const entries = b.entries
        .map(
          (e) => `<li class="level-${e.level}"><a href="#${escapeHtml(e.id)}">${escapeHtml(e.text)}</a></li>`,
        )
        .join('')
      return `<nav aria-labelledby="contents"><h2 id="contents">${escapeHtml(b.heading)}</h2><ul>${entries}</ul></nav>`
    }
  }
}

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; line-height: 1.5; color: #1b1f24; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { color: #1f2f57; font-size: 1.9rem; margin-bottom: .25rem; }
h2 { color: #1f2f57; border-bottom: 1px solid #c9d1de; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { color: #1f2f57; margin-top: 1.6rem; }
h4 { margin: 1.1rem 0 .3rem; font-size: 1rem; }
p.lead { font-size: 1.1rem; }
p.note { color: #5f6b7a; font-style: italic; }
table.facts { border-collapse: collapse; width: 100%; margin: .4rem 0; }
table.facts th { text-align: left; vertical-align: top; width: 38%; padding: .3rem .6rem .3rem 0; color: #33404f; font-weight: 600; }
table.facts td { padding: .3rem 0; }
table.facts tr + tr { border-top: 1px solid #e3e8f2; }
nav ul { list-style: none; padding-left: 0; }
nav li.level-2 { padding-left: 1.2rem; }
mark.gap { background: #fff1a8; color: #6b3a00; font-weight: 600; padding: 0 .15rem; }
`.trim()

export function noticeHtml(doc: NoticeDocument): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${doc.title} — ${doc.organisation}`)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...doc.blocks.map(block),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
