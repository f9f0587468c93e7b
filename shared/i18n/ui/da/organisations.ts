import type { organisationsMessages } from '../organisations'
import type { Translation } from '../translation'

export const organisationsDa: Translation<typeof organisationsMessages> = {
  title: 'Organisationer',
  intro: 'Hver organisation har sin egen fortegnelse. Konsulenter fører én pr. kunde.',
  new: 'Ny organisation',
  name: 'Navn',
  namePlaceholder: 'f.eks. Nordisk Bageri ApS',
  created: 'Organisationen er oprettet',
  renamed: 'Organisationen er omdøbt',
  renameTitle: 'Omdøb organisationen',
  deleteTitle: 'Slet {{name}}?',
  deleteBody:
    'Dette sletter organisationen og hele dens fortegnelse: {{count}} behandlingsaktiviteter. Det kan ikke fortrydes her.',
  deleteConfirm: 'Skriv organisationens navn for at bekræfte',
  empty: 'Ingen organisationer endnu. Opret den første for at begynde dens fortegnelse.',
  open: 'Åbn fortegnelsen',
  updated: 'Seneste ændring',
  profile: 'Organisationens profil',
  moreActions: 'Flere handlinger for {{name}}',
  // The guidance on an organisation with no activities yet (FirstSteps.tsx).
  firstSteps: {
    title: 'Første skridt for {{name}}',
    intro: 'Fortegnelsen er tom. Fire skridt giver en første version:',
    templates:
      'Tilføj behandlingsaktiviteter fra skabeloner: løn, rekruttering, kunderegister, nyhedsbrev… hver med formål, retsgrundlag og oplysninger.',
    templatesAction: 'Vælg en skabelon',
    vendors:
      'Tilføj de parter og leverandører, I arbejder med, fra biblioteket (fanen “Leverandører”): land, DPF-status og overførselsgrundlag følger med.',
    vendorsAction: 'Åbn biblioteket',
    profile:
      'Udfyld organisationens egne kontaktoplysninger, fortegnelsens oplysninger om den dataansvarlige (artikel 30, stk. 1, litra a).',
    profileAction: 'Åbn profilen',
    findings:
      'Gennemgå derefter bemærkningerne i oversigten: de siger med artikel, hvad hver aktivitet stadig mangler.',
    findingsAction: 'Åbn oversigten',
    dismiss: 'Skjul disse skridt',
  },
}
