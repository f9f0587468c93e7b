/**
 * The notice drawn from its document (shared/notice/document.ts) as the app's preview: the same blocks the
 * Markdown, HTML, Word and PDF files are written from, so the preview shows what the files say. The register's
 * text is rendered as text by React; only web and email links become links; gaps are highlighted.
 */
import { Anchor, List, Mark, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { NoticeBlock, NoticeDocument, Span } from '../../../shared/notice/document'

const safeHref = (href: string) => /^(https?:|mailto:)/i.test(href)

function Spans({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((s, i) => {
        let node: ReactNode = s.text
        if (s.href && safeHref(s.href))
          node = (
            <Anchor href={s.href} target="_blank" rel="noreferrer">
              {node}
            </Anchor>
          )
        if (s.strong) node = <strong>{node}</strong>
        if (s.gap)
          node = (
            <Mark color="yellow" data-gap>
              {node}
            </Mark>
          )
        return (
          <span key={i} style={{ whiteSpace: 'pre-line' }}>
            {node}
          </span>
        )
      })}
    </>
  )
}

function Block({ block }: { block: NoticeBlock }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Title
          order={Math.min(block.level + 1, 6) as 2 | 3 | 4 | 5}
          id={`notice-${block.id}`}
          c={block.level < 4 ? 'indigo.9' : undefined}
          mt={block.level === 2 ? 'md' : 'xs'}
        >
          {block.text}
        </Title>
      )
    case 'paragraph':
      return (
        <Text
          size={block.tone === 'lead' ? 'md' : 'sm'}
          c={block.tone === 'note' ? 'dimmed' : undefined}
          fs={block.tone === 'note' ? 'italic' : undefined}
        >
          <Spans spans={block.spans} />
        </Text>
      )
    case 'list':
      return (
        <List size="sm" spacing={4}>
          {block.items.map((item, i) => (
            <List.Item key={i}>
              <Spans spans={item.spans} />
              {item.sub && (
                <List size="sm" withPadding>
                  {item.sub.map((sub, j) => (
                    <List.Item key={j}>
                      <Spans spans={sub} />
                    </List.Item>
                  ))}
                </List>
              )}
            </List.Item>
          ))}
        </List>
      )
    case 'facts':
      return (
        <Table withRowBorders verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {block.rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Th w="38%" fw={600} c="dark.5">
                  {row.label}
                </Table.Th>
                <Table.Td>
                  <Spans spans={row.value} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )
    case 'contents':
      return null
  }
}

export function NoticePreview({ document }: { document: NoticeDocument }) {
  return (
    <Stack gap="xs" lang={document.lang} data-notice-preview>
      {document.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </Stack>
  )
}
