/**
 * A streaming pass over XML (saxes): the caller sees each element as it opens and closes, never a document in
 * memory, so a sheet can be read a row at a time and abandoned as soon as it breaks a limit.
 */
import { StringDecoder } from 'node:string_decoder'
import { SaxesParser } from 'saxes'

export type Attributes = Record<string, string>

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void
  text?(text: string): void
  close?(name: string): void
}

/** An element's name without its prefix: some writers spell spreadsheet elements `x:row`. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** An attribute by its local name, whatever prefix the writer gave it (`r:id`, `ns1:id`). */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name]
  const key = Object.keys(attributes).find((k) => localName(k) === name && k.includes(':'))
  return key === undefined ? undefined : attributes[key]
}

/** Runs the handlers over the XML in `chunks`; a syntax error, or an error a handler throws, stops it there. */
export async function parseXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser()
  const { open, text, close } = handlers
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Attributes))
  if (text) {
    parser.on('text', text)
    parser.on('cdata', text)
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)))
  // Without a handler saxes throws at the first error, which ends the read (it would otherwise carry on).
  const decoder = new StringDecoder('utf8')
  for await (const chunk of chunks) parser.write(decoder.write(chunk))
  parser.write(decoder.end())
  parser.close()
}
