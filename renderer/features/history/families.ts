/**
 * The cached reads a restore (from the history or the trash) can change: the register itself, its history,
 * its trash and the dashboards built on it.
 */
export const REGISTER_FAMILIES = [
  'activities',
  'organisations',
  'register',
  'parties',
  'dataSubjectCategories',
  'dataCategories',
  'securityMeasures',
  'history',
  'trash',
  'portfolio',
]
