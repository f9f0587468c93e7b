import { z } from 'zod'
import { method } from './contract'
import { emptyInput } from '../schemas/common'

export const appInfoSchema = z.object({
  version: z.string(),
  workspacePath: z.string(),
  actor: z.string(),
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const appContract = {
  'app.info': method({
    summary: 'Version of the app, the open workspace file and the user recorded as the author of changes',
    input: emptyInput,
    output: appInfoSchema,
  }),
}
