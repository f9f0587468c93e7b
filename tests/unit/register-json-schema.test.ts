import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { registerJsonSchema } from '../../shared/schemas/register-json-schema'

describe('the published JSON Schema of the register document', () => {
  it('is the one generated from the zod schema the app validates with (run `npm run docs:schema` after changing it)', () => {
    const published = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/register.schema.json'), 'utf8'),
    )
    expect(published).toEqual(registerJsonSchema())
  })

  it('names every top-level part and refuses unknown fields', () => {
    const schema = registerJsonSchema() as {
      properties: Record<string, unknown>
      required: string[]
      additionalProperties: boolean
    }
    expect(Object.keys(schema.properties)).toEqual([
      'format',
      'version',
      'organisation',
      'parties',
      'dataSubjectCategories',
      'dataCategories',
      'securityMeasures',
      'activities',
    ])
    expect(schema.required).toEqual(['format', 'version', 'organisation'])
    expect(schema.additionalProperties).toBe(false)
  })
})

describe('docs/register-format.md', () => {
  it('shows an example the app accepts', async () => {
    const { registerDocumentSchema } = await import('../../shared/schemas/register')
    const page = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/register-format.md'), 'utf8')
    const example = /```jsonc\n([\s\S]*?)```/.exec(page)![1].replace(/\s+\/\/[^\n]*$/gm, '')
    const parsed = registerDocumentSchema.safeParse(JSON.parse(example))
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  })
})
