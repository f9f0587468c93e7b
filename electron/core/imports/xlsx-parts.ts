/**
 * The parts of an xlsx a sheet needs to be read: the workbook (sheet names, order, hidden state, date
 * system), its relationships (which part holds which sheet), the shared strings and the cell styles (which
 * numbers are dates). Each is streamed from the bounded zip, none is trusted to be small.
 */
import path from 'node:path'
import { attribute, parseXml } from './xml'
import type { BoundedZip } from './zip'

export interface WorkbookSheet {
  name: string
  /** The zip entry holding the sheet's XML. */
  part: string
  hidden: boolean
}

export interface WorkbookParts {
  sheets: WorkbookSheet[]
  /** Shared strings, by index. */
  strings: string[]
  /** For each cell style (the `s` of a cell), whether it shows a number as a date. */
  dateStyles: boolean[]
  /** Dates count from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean
}

const WORKBOOK = 'xl/workbook.xml'
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels'
export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/

/** A relationship's target as a zip entry name: relative to `xl/`, or absolute from the root. */
const partName = (target: string) =>
  target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('xl', target))

async function relationships(
  zip: BoundedZip,
  limit: number,
): Promise<{ byId: Map<string, string>; byType: Map<string, string> }> {
  const byId = new Map<string, string>()
  const byType = new Map<string, string>()
  await parseXml(zip.chunks(WORKBOOK_RELS, limit), {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target || attrs.TargetMode === 'External') return
      const part = partName(attrs.Target)
      byId.set(attrs.Id, part)
      const type = (attrs.Type ?? '').replace(/^.*\//, '')
      if (!byType.has(type)) byType.set(type, part)
    },
  })
  return { byId, byType }
}

/** Strings of `<si>` items: plain `<t>` or rich-text runs, without phonetic guides (`<rPh>`), as Excel shows them. */
async function sharedStrings(zip: BoundedZip, part: string, limit: number): Promise<string[]> {
  const strings: string[] = []
  let current: string | null = null
  let inText = false
  let phonetic = 0
  await parseXml(zip.chunks(part, limit), {
    open(name) {
      if (name === 'si') current = ''
      else if (name === 'rPh') phonetic++
      else if (name === 't' && current !== null && phonetic === 0) inText = true
    },
    text(text) {
      if (inText) current += text
    },
    close(name) {
      if (name === 't') inText = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si' && current !== null) {
        strings.push(current)
        current = null
      }
    },
  })
  return strings
}

/** Excel's built-in number formats that show dates or times (the ids the file does not spell out). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])

/** A format code shows a date when, outside quotes and [brackets], it has a day, month, year or time letter. */
export const isDateFormat = (code: string) =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))

async function dateStyles(zip: BoundedZip, part: string, limit: number): Promise<boolean[]> {
  const formats = new Map<number, string>()
  const styles: number[] = []
  let inCellXfs = false
  await parseXml(zip.chunks(part, limit), {
    open(name, attrs) {
      if (name === 'numFmt' && attrs.numFmtId) formats.set(Number(attrs.numFmtId), attrs.formatCode ?? '')
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) styles.push(Number(attrs.numFmtId ?? 0))
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return styles.map((id) => {
    const code = formats.get(id)
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code)
  })
}

/** Everything but the sheets themselves; `limit` caps each part. */
export async function readWorkbookParts(zip: BoundedZip, limit: number): Promise<WorkbookParts> {
  const listed: { name: string; id: string | undefined; hidden: boolean }[] = []
  let date1904 = false
  await parseXml(zip.chunks(WORKBOOK, limit), {
    open(name, attrs) {
      if (name === 'sheet')
        listed.push({
          name: attrs.name ?? `Sheet${listed.length + 1}`,
          id: attribute(attrs, 'id'),
          hidden: (attrs.state ?? 'visible') !== 'visible',
        })
      else if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true'
    },
  })
  const rels = zip.has(WORKBOOK_RELS)
    ? await relationships(zip, limit)
    : { byId: new Map<string, string>(), byType: new Map<string, string>() }
  const sheets = listed
    .map((s, i) => ({
      name: s.name,
      hidden: s.hidden,
      part: (s.id && rels.byId.get(s.id)) || `xl/worksheets/sheet${i + 1}.xml`,
    }))
    // Chart sheets and dialog sheets hold no cells.
    .filter((s) => WORKSHEET_PART.test(s.part) && zip.has(s.part))
  const stringsPart = rels.byType.get('sharedStrings') ?? 'xl/sharedStrings.xml'
  const stylesPart = rels.byType.get('styles') ?? 'xl/styles.xml'
  return {
    sheets,
    strings: zip.has(stringsPart) ? await sharedStrings(zip, stringsPart, limit) : [],
    dateStyles: zip.has(stylesPart) ? await dateStyles(zip, stylesPart, limit) : [],
    date1904,
  }
}
