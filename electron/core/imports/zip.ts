/**
 * The table of contents of a zip file (an xlsx is one), read from its central directory without unpacking
 * anything: so a file that is not a workbook, or one that would unpack to gigabytes, is refused up front.
 */
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
