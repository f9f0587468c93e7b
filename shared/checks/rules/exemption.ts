/**
 * Art. 30(5): an organisation under the employee threshold may be exempt, unless its processing is risky, not
 * occasional, or includes special-category or criminal data. Only the last can be seen in the register, so
 * this is an info that says the other two usually apply.
 */
import type { OrganisationRule } from '../rule'

export const exemption: OrganisationRule = ({ organisation, summary, employeeThreshold }) => {
  const count = organisation.employeeCount
  if (count === null || count >= employeeThreshold || summary.hasSpecialOrCriminalData) return []
  return [
    {
      code: 'ART30_5_EXEMPTION_POSSIBLE',
      article: '30(5)',
      entity: 'organisation',
      entityId: null,
      field: 'employeeCount',
      params: { count, threshold: employeeThreshold },
    },
  ]
}
