/**
 * Markdown as the plain text the reader works on: the marks go (#, **, _, links' addresses, images, code
 * fences), the structure stays (headings on their own lines, "- " list items, table rows "a | b").
 */
export function markdownToText(md: string): string {
  const out: string[] = []
  let fenced = false
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced
      continue
    }
    let line = raw
    if (!fenced) {
      line = line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[*+]\s+/, '$1- ')
      if (/^\s*\|?[\s:-]*-{3,}[\s|:-]*$/.test(line)) continue
      const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
      if (heading) {
        if (out.length > 0 && out[out.length - 1] !== '') out.push('')
        out.push(heading[2])
        out.push('')
        continue
      }
      if (/^\s*\|.*\|\s*$/.test(line))
        line = line
          .trim()
          .replace(/^\|\s*/, '')
          .replace(/\s*\|$/, '')
          .replace(/\s*\|\s*/g, ' | ')
    }
    out.push(line.replace(/\s+$/, ''))
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
