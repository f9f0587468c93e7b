/** The library's handlers: templates, vendors, the consultant's own entries, and new organisations made from them. */
import { createOrganisationHandlers } from './create-organisation'
import { entryHandlers } from './entries'
import { templateHandlers } from './templates'
import { vendorHandlers } from './vendors'

export const libraryHandlers = {
  ...templateHandlers,
  ...vendorHandlers,
  ...entryHandlers,
  ...createOrganisationHandlers,
}
