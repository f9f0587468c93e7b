export const organisationsMessages = {
  title: 'Organisations',
  intro: 'Each organisation has its own register. Consultants keep one per client.',
  new: 'New organisation',
  name: 'Name',
  namePlaceholder: 'e.g. Nordic Bakery Oy',
  created: 'Organisation created',
  renamed: 'Organisation renamed',
  renameTitle: 'Rename organisation',
  deleteTitle: 'Delete {{name}}?',
  deleteBody:
    'This deletes the organisation and its whole register: {{count}} processing activities. This cannot be undone here.',
  deleteConfirm: 'Type the organisation’s name to confirm',
  empty: 'No organisations yet. Create the first one to start its register.',
  open: 'Open register',
  updated: 'Last change',
  profile: 'Organisation profile',
  moreActions: 'More actions for {{name}}',
  // The guidance on an organisation with no activities yet (FirstSteps.tsx).
  firstSteps: {
    title: 'First steps for {{name}}',
    intro: 'The register is empty. Four steps make a first version:',
    templates:
      'Add processing activities from templates: payroll, recruitment, customer register, newsletter… each comes with its purposes, lawful bases and data.',
    templatesAction: 'Choose a template',
    vendors:
      'Add the parties and vendors you work with from the library (its “Vendors” tab): their country, DPF status and transfer mechanism come with them.',
    vendorsAction: 'Open the library',
    profile:
      'Fill in the organisation’s own contact details, the controller’s entry of the record (Art. 30(1)(a)).',
    profileAction: 'Open the profile',
    findings:
      'Then check the findings on the dashboard: they say what each activity still lacks, with the article.',
    findingsAction: 'Open the dashboard',
    dismiss: 'Hide these steps',
  },
}
