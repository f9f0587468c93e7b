/**
 * A new organisation in one step (the wizard and `ropa init`): its profile from name, country and size, activities
 * from the chosen templates and parties from the chosen vendors, in one transaction: all or nothing.
 */
import type { NewOrganisation } from '../../../../shared/api/library'
import { organisationDefaults } from '../../../../shared/library/organisation-defaults'
import { partyFromVendor } from '../../../../shared/library/vendor-party'
import { organisationProfileSchema } from '../../../../shared/schemas/organisation'
import type { CoreContext } from '../../context'
import type { Handlers } from '../../handler'
import { mutate } from '../../history/mutate'
import { assertOrganisationNameFree, insertOrganisation } from '../organisations'
import { applyContents } from './apply-templates'
import { entryResolver } from './entry-resolver'
import { contentsFor } from './templates'
import { requireVendor } from './vendors'

export async function createOrganisationFromLibrary(ctx: CoreContext, input: NewOrganisation) {
  return mutate(ctx, async (tx) => {
    await assertOrganisationNameFree(tx.db, input.name)
    const defaults = organisationDefaults(input.country)
    const language = input.language ?? defaults.language
    const profile = organisationProfileSchema.parse({
      name: input.name,
      country: input.country,
      employeeCount: input.employeeCount,
      supervisoryAuthority: defaults.supervisoryAuthority,
      language,
    })
    // Look everything up before writing, so an unknown template or vendor is refused with nothing created.
    const contents = await contentsFor(tx.db, input.templateIds, language, input.country)
    const vendors = []
    for (const id of [...new Set(input.vendorIds)]) vendors.push(await requireVendor(tx.db, id))
    const organisation = await insertOrganisation(tx, profile)
    const resolver = await entryResolver(tx, organisation.id)
    for (const vendor of vendors) await resolver.resolveVendorParty(vendor.id, partyFromVendor(vendor))
    const { activities } = await applyContents(tx, organisation.id, contents)
    const parties = await tx.db
      .selectFrom('parties')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirstOrThrow()
    return {
      organisationId: organisation.id,
      name: organisation.name,
      language,
      activities,
      parties: Number(parties.n),
    }
  })
}

export const createOrganisationHandlers: Handlers<'library.createOrganisation'> = {
  'library.createOrganisation': (ctx, input) => createOrganisationFromLibrary(ctx, input),
}
