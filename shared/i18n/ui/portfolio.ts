/** The consultant's portfolio: every organisation at a glance, and the workspace-wide settings. */
export const portfolioMessages = {
  title: 'Portfolio',
  intro:
    'Every organisation in this workspace with how complete its record is, its open findings and overdue reviews.',
  empty: 'No organisations yet.',
  organisation: 'Organisation',
  activities: 'Activities',
  completeness: 'Completeness',
  errors: 'Errors',
  warnings: 'Warnings',
  overdueReviews: 'Overdue reviews',
  notApplicable: 'No live activities',
  sortBy: 'Sort by {{column}}',
  settings: {
    title: 'Art. 30(5) exemption',
    intro:
      'Organisations employing fewer people than this may be exempt from keeping the record, unless their processing is likely to result in a risk, is not occasional, or includes special-category or criminal-offence data. The checks point it out as information. This applies to every organisation in the workspace.',
    threshold: 'Employee threshold',
    saved: 'Threshold saved',
  },
}
