import type { profileMessages } from '../profile'
import type { Translation } from '../translation'

export const profileSv: Translation<typeof profileMessages> = {
  title: 'Organisationens profil',
  intro:
    'Namn och kontaktuppgifter för den organisation som för registret, dess företrädare och dess dataskyddsombud (artikel 30.1 a och 30.2 a). Varje behandling i registret hänvisar till dem.',
  saved: 'Profilen för {{name}} har sparats',
  discard: 'Förkasta ändringarna',
  sections: {
    identity: 'Organisation',
    representative: 'Företrädare i EU (artikel 27)',
    dpo: 'Dataskyddsombud',
    contactPerson: 'Kontaktperson för registret',
    authority: 'Tillsynsmyndighet och exportspråk',
  },
  countryHelp: 'Där organisationen är etablerad',
  employeeHelp:
    'Artikel 30.5: organisationer med färre än 250 anställda kan vara undantagna från skyldigheten att föra registret, med viktiga undantag',
  representativeHelp: 'Behövs endast när organisationen är etablerad utanför EU/EES.',
  representativeRequired:
    'Organisationen är etablerad i {{country}}, utanför EU/EES: den ska skriftligen utse en företrädare i unionen (artikel 27).',
  hasRepresentative: 'En företrädare har utsetts',
  dpoHelp:
    'Ange dataskyddsombudet om ett sådant har utsetts (artikel 37). Registret anger dataskyddsombudets kontaktuppgifter.',
  hasDpo: 'Ett dataskyddsombud har utsetts',
  hasContactPerson: 'Ange en kontaktperson',
  authorityHelp: 'Den ansvariga tillsynsmyndighet som registret görs tillgängligt för',
  language: 'Exportspråk',
  languageHelp: 'Rubriker och etiketter i Excel- och PDF-exporterna',
}
