/**
 * The register document's JSON Schema, generated from the zod schema that the app itself validates with,
 * so the published schema (docs/register.schema.json) cannot drift from what import accepts.
 * Cross-references (ids that must exist, unique names) are checked by the app beyond what the schema says.
 */
import { z } from 'zod'
import { registerDocumentSchema } from './register'

export function registerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(registerDocumentSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>
  return {
    $id: 'https://ropa.example/register.schema.json',
    title: 'ROPA register document',
    description:
      'One organisation’s record of processing activities (GDPR Art. 30) as exchanged by ROPA (`ropa import`, `ropa export --format json`). ' +
      'Ids are local to the document; every id an activity uses must name an entry of the same document, and names and references are unique per list.',
    ...schema,
  }
}
