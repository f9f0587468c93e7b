import { z } from 'zod'
import { method } from './contract'
import { emptyInput, idSchema } from '../schemas/common'
import { organisationNameSchema, organisationSchema, organisationSummarySchema } from '../schemas/organisation'

export const organisationsContract = {
  'organisations.list': method({
    summary: 'All organisations in the workspace, by name, with how many activities each has',
    input: emptyInput,
    output: z.array(organisationSummarySchema),
  }),
  'organisations.create': method({
    summary: 'Add an organisation (a client, or your own company)',
    input: z.strictObject({ name: organisationNameSchema }),
    output: organisationSchema,
  }),
  'organisations.rename': method({
    summary: 'Rename an organisation',
    input: z.strictObject({ id: idSchema, name: organisationNameSchema }),
    output: organisationSchema,
  }),
  'organisations.delete': method({
    summary: 'Delete an organisation and everything recorded for it',
    input: z.strictObject({ id: idSchema }),
    output: z.object({ id: idSchema }),
  }),
}
