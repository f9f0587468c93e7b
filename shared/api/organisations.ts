import { z } from 'zod'
import { method } from './contract'
import { emptyInput, idSchema } from '../schemas/common'
import {
  organisationNameSchema,
  organisationProfileSchema,
  organisationSchema,
  organisationSummarySchema,
} from '../schemas/organisation'

export const organisationsContract = {
  'organisations.list': method({
    summary: 'All organisations in the workspace, by name, with how many activities each has',
    input: emptyInput,
    output: z.array(organisationSummarySchema),
  }),
  'organisations.get': method({
    summary:
      'One organisation’s profile: name, contact details, representative, DPO, lead authority, language',
    input: z.strictObject({ id: idSchema }),
    output: organisationSchema,
  }),
  'organisations.create': method({
    summary: 'Add an organisation (a client, or your own company); only the name is required',
    input: organisationProfileSchema,
    output: organisationSchema,
  }),
  'organisations.update': method({
    summary: 'Replace an organisation’s profile',
    input: z.strictObject({ id: idSchema, profile: organisationProfileSchema }),
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
