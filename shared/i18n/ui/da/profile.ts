import type { profileMessages } from '../profile'
import type { Translation } from '../translation'

export const profileDa: Translation<typeof profileMessages> = {
  title: 'Organisationens profil',
  intro:
    'Navn og kontaktoplysninger for den organisation, der fører fortegnelsen, dens repræsentant og dens databeskyttelsesrådgiver (artikel 30, stk. 1, litra a, og stk. 2, litra a). Hver behandlingsaktivitet i fortegnelsen henviser til dem.',
  saved: 'Profilen for {{name}} er gemt',
  discard: 'Kassér ændringer',
  sections: {
    identity: 'Organisation',
    representative: 'Repræsentant i EU (artikel 27)',
    dpo: 'Databeskyttelsesrådgiver',
    contactPerson: 'Kontaktperson for fortegnelsen',
    authority: 'Tilsynsmyndighed og eksportsprog',
  },
  countryHelp: 'Hvor organisationen er etableret',
  employeeHelp:
    'Artikel 30, stk. 5: organisationer med færre end 250 ansatte kan være undtaget fra at føre fortegnelsen, med vigtige undtagelser',
  representativeHelp: 'Kun påkrævet, når organisationen er etableret uden for EU/EØS.',
  representativeRequired:
    'Organisationen er etableret i {{country}}, uden for EU/EØS: den skal skriftligt udpege en repræsentant i Unionen (artikel 27).',
  hasRepresentative: 'Der er udpeget en repræsentant',
  dpoHelp:
    'Registrer databeskyttelsesrådgiveren, hvis der er udpeget en (artikel 37). Fortegnelsen angiver databeskyttelsesrådgiverens kontaktoplysninger.',
  hasDpo: 'Der er udpeget en databeskyttelsesrådgiver',
  hasContactPerson: 'Angiv en kontaktperson',
  authorityHelp: 'Den ledende tilsynsmyndighed, som fortegnelsen stilles til rådighed for',
  language: 'Eksportsprog',
  languageHelp: 'Overskrifter og etiketter i Excel- og PDF-eksporterne',
}
