// Writes docs/register.schema.json from the zod schema (npm run docs:schema). A test keeps them equal.
import fs from 'node:fs'
import { registerJsonSchema } from '../shared/schemas/register-json-schema'

fs.writeFileSync(
  new URL('../docs/register.schema.json', import.meta.url),
  JSON.stringify(registerJsonSchema(), null, 2) + '\n',
)
console.log('Wrote docs/register.schema.json')
