/** Texts of the shared components: findings, completeness marks, country and catalogue pickers. */
export const componentsMessages = {
  findingCount: {
    error_one: '{{count}} error',
    error_other: '{{count}} errors',
    warning_one: '{{count}} warning',
    warning_other: '{{count}} warnings',
    info_one: '{{count}} note',
    info_other: '{{count}} notes',
  },
  completeness: {
    complete: 'Complete',
    incomplete: 'Incomplete',
    notApplicable: 'Not applicable',
  },
  country: {
    placeholder: 'Type to search countries',
    nothingFound: 'No country of that name',
  },
  catalogueSelect: {
    nothingFound: 'Nothing found',
  },
  dateField: {
    placeholder: 'YYYY-MM-DD',
    notADate: '“{{text}}” is not a date. Write it as 31.3.2026 or 2026-03-31.',
    noSuchDay: 'There is no {{text}}: that month has {{days}} days.',
  },
  transferStatus: {
    short: {
      eea: 'EU/EEA',
      adequate: 'Adequate',
      adequate_partial: 'Adequate (partial)',
      third_country: 'Third country',
    },
    title: {
      eea: '{{name}} is in the EU/EEA — no transfer mechanism needed',
      adequate: '{{name}}: adequacy decision in force',
      adequate_partial: '{{name}}: adequacy decision for some recipients only',
      third_country: '{{name}} is a third country — needs a safeguard',
    },
    body: {
      eea: 'Data may flow within the EU/EEA without a Chapter V mechanism.',
      adequate:
        'The Commission has decided that {{name}} ensures an adequate level of protection: {{decision}} (Art. 45). No further safeguard is needed.',
      adequate_partial:
        '{{decision}} covers only some recipients: {{scope}} If the recipient is not covered, choose a safeguard such as standard contractual clauses.',
      third_country:
        'There is no adequacy decision for {{name}}. The transfer needs appropriate safeguards (Art. 46), such as standard contractual clauses or binding corporate rules, or, for occasional transfers, a derogation (Art. 49).',
    },
  },
}
