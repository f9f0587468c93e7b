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
}
