/**
 * Reading a zip file (an xlsx is one) without trusting it. First its table of contents, read from the central
 * directory without unpacking anything: so a file that is not a workbook, or one that says it would unpack to
 * gigabytes, is refused up front. Then its entries, unpacked with a running count of the bytes produced.
 */
import yauzl from 'yauzl'

export interface ZipEntry {
  name: string
  compressedSize: number
  uncompressedSize: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

/** The entries of a zip, or null when the bytes are not a zip archive. */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return null
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes (its comment is at most 64 KB).
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = bytes.readUInt16LE(end + 10)
  let offset = bytes.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL) return null
    const compressedSize = bytes.readUInt32LE(offset + 20)
    const uncompressedSize = bytes.readUInt32LE(offset + 24)
    const nameLength = bytes.readUInt16LE(offset + 28)
    const extraLength = bytes.readUInt16LE(offset + 30)
    const commentLength = bytes.readUInt16LE(offset + 32)
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength)
    entries.push({ name, compressedSize, uncompressedSize })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/**
 * Unpacking that trusts nothing the zip declares: every entry is inflated as a stream with a running count of
 * the bytes actually produced. It stops the moment an entry produces more than the archive declared for it
 * (a genuine file never does; a zip bomb that claims 1 KB for two gigabytes does at the 1,025th byte), more
 * than its own limit, or when all entries together pass the total.
 */
export class InflateLimitError extends Error {
  constructor(
    readonly entry: string,
    /** What was passed: the size the archive declared, the entry's own limit, or the total for all entries. */
    readonly which: 'declared' | 'entry' | 'total',
    readonly limit: number,
  ) {
    super(`${entry} unpacks to more than ${limit} bytes (${which})`)
    this.name = 'InflateLimitError'
  }
}

export interface BoundedZip {
  has(name: string): boolean
  /** The entry's bytes as they are inflated, in chunks; throws InflateLimitError once a limit is passed. */
  chunks(name: string, limit: number): AsyncGenerator<Buffer>
}

/** Opens a zip held in memory for bounded reading; `totalLimit` caps the bytes inflated from all entries. */
export async function openBoundedZip(bytes: Buffer, totalLimit: number): Promise<BoundedZip> {
  // Sizes are checked here, against what is produced, rather than by yauzl.
  const zip = await yauzl.fromBufferPromise(bytes, {
    lazyEntries: true,
    validateEntrySizes: false,
    decodeStrings: true,
    strictFileNames: false,
  })
  const entries = new Map<string, yauzl.Entry>()
  for await (const entry of zip.eachEntry()) {
    // A name given twice is a trick, not a workbook: the first one counts, as in the table of contents.
    if (!entries.has(entry.fileName)) entries.set(entry.fileName, entry)
  }
  let inflated = 0
  return {
    has: (name) => entries.has(name),
    async *chunks(name, limit) {
      const entry = entries.get(name)
      if (!entry) return
      const stream = await zip.openReadStreamPromise(entry)
      let produced = 0
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          produced += chunk.length
          inflated += chunk.length
          if (produced > entry.uncompressedSize)
            throw new InflateLimitError(name, 'declared', entry.uncompressedSize)
          if (produced > limit) throw new InflateLimitError(name, 'entry', limit)
          if (inflated > totalLimit) throw new InflateLimitError(name, 'total', totalLimit)
          yield chunk
        }
      } finally {
        // Stops the inflation at once when the reader gave up early (a limit, a parse error, enough rows).
        stream.destroy()
      }
    },
  }
}
