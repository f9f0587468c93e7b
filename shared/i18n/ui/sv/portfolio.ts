import type { portfolioMessages } from '../portfolio'
import type { Translation } from '../translation'

export const portfolioSv: Translation<typeof portfolioMessages> = {
  title: 'Portfölj',
  intro:
    'Varje organisation i denna arbetsyta med hur fullständigt dess register är, dess öppna iakttagelser och försenade granskningar.',
  empty: 'Inga organisationer ännu.',
  organisation: 'Organisation',
  activities: 'Behandlingar',
  completeness: 'Fullständighet',
  errors: 'Fel',
  warnings: 'Varningar',
  overdueReviews: 'Försenade granskningar',
  notApplicable: 'Inga pågående behandlingar',
  sortBy: 'Sortera efter {{column}}',
  settings: {
    title: 'Undantaget i artikel 30.5',
    intro:
      'Organisationer med färre anställda än detta kan vara undantagna från skyldigheten att föra registret, såvida inte behandlingen sannolikt leder till en risk, inte är tillfällig eller omfattar särskilda kategorier av uppgifter eller uppgifter om lagöverträdelser. Kontrollerna påpekar det för kännedom. Detta gäller varje organisation i arbetsytan.',
    threshold: 'Gräns för antal anställda',
    saved: 'Gränsen har sparats',
  },
}
