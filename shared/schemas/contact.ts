import { z } from 'zod'
import { optionalText, requiredText } from './common'

/** Name and contact details of a representative or DPO (Art. 30(1)(a)). */
export const contactSchema = z.strictObject({
  name: requiredText('Enter the name', 300),
  address: optionalText(1000),
  email: optionalText(320),
  phone: optionalText(100),
})
export type Contact = z.infer<typeof contactSchema>

export const contactPersonSchema = contactSchema.extend({
  role: optionalText(300),
})
export type ContactPerson = z.infer<typeof contactPersonSchema>
