/**
 * The register document (docs/architecture.md; the format: docs/register-format.md) as a file: the normative interchange format, the same JSON
 * that `register.export` returns and `ropa import` reads back.
 */
import fs from 'node:fs/promises'
import type { RegisterDocument } from '../../../shared/schemas/register'

export async function writeJson(document: RegisterDocument, file: string): Promise<void> {
  await fs.writeFile(file, JSON.stringify(document, null, 2) + '\n', 'utf8')
}
