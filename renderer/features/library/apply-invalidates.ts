/** What applying a template changes: the activities and every catalogue it may add entries to. */
export const APPLY_INVALIDATES = [
  'activities',
  'organisations',
  'parties',
  'dataSubjectCategories',
  'dataCategories',
  'securityMeasures',
  'register',
]
