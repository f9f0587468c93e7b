/** The organisation profile page: the organisation's own entry of the record. */
export const profileMessages = {
  title: 'Organisation profile',
  intro:
    'The name and contact details of the organisation keeping the record, its representative and its data protection officer (Art. 30(1)(a) and 30(2)(a)). Every activity of the register refers to them.',
  saved: 'Profile of {{name}} saved',
  discard: 'Discard changes',
  sections: {
    identity: 'Organisation',
    representative: 'Representative in the EU (Art. 27)',
    dpo: 'Data protection officer',
    contactPerson: 'Contact person for the register',
    authority: 'Supervisory authority and export language',
  },
  countryHelp: 'Where the organisation is established',
  employeeHelp:
    'Art. 30(5): organisations with fewer than 250 employees may be exempt from keeping the record, with important exceptions',
  representativeHelp: 'Needed only when the organisation is established outside the EU/EEA.',
  representativeRequired:
    'The organisation is established in {{country}}, outside the EU/EEA: it must designate a representative in the Union in writing (Art. 27).',
  hasRepresentative: 'A representative has been designated',
  dpoHelp: 'Record the DPO where one is designated (Art. 37). The register names the DPO’s contact details.',
  hasDpo: 'A data protection officer has been designated',
  hasContactPerson: 'Name a contact person',
  authorityHelp: 'The lead supervisory authority the record is made available to',
  language: 'Language of exports',
  languageHelp: 'Headings and labels of the Excel and PDF exports',
}
