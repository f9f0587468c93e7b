/** The privacy notice page. */
import type { UiMessages } from '../../en'

export const noticesDa: UiMessages['notices'] = {
  title: 'Privatlivspolitik',
  intro:
    'Oplysningerne til dem, hvis data organisationen behandler (databeskyttelsesforordningens artikel 13 og 14), skrevet ud fra fortegnelsen. Udfyld hullerne i fortegnelsen, så følger politikken med.',
  audience: 'Målgruppe',
  allAudiences: 'Alle (en del pr. målgruppe)',
  language: 'Politikkens sprog',
  recipients: 'Modtagere',
  byName: 'Ved navn',
  byCategory: 'Efter kategori',
  format: 'Format',
  export: 'Eksportér',
  exporting: 'Politikken skrives… {{percent}} %',
  done: 'Politikken er skrevet og registreret på siden Eksporter',
  chooseCancelled: 'Der blev ikke valgt en fil, så intet blev skrevet.',
  preview: 'Forhåndsvisning af politikken',
  gapsTitle: 'Huller i fortegnelsen',
  gapsNone: 'Intet mangler: fortegnelsen rummer alt, hvad politikken har brug for.',
  gapsIntro: 'Udkastet markerer disse steder med gult. Udfyld dem i fortegnelsen, så følger politikken med.',
  fixIn: 'Ret i {{activity}}',
  fixInProfile: 'Ret i organisationens profil',
  gaps: {
    noControllerActivities: 'Ingen behandling, vi er dataansvarlige for, vedrører denne målgruppe.',
    noControllerContact: 'Organisationen mangler adresse, e-mail og telefon.',
    noDpoContact: 'Databeskyttelsesrådgiveren mangler kontaktoplysninger.',
    noAuthority: 'Den ledende tilsynsmyndighed er ikke angivet.',
    authorityRegional: 'I Tyskland angives delstatens databeskyttelsesmyndighed; nu vises den føderale.',
    noAudience:
      'Behandlingen angiver ingen kategorier af registrerede og står derfor ikke under nogen målgruppe.',
    noPurposes: 'Behandlingen mangler formål.',
    noLegalBasis: 'Et formål mangler retsgrundlag.',
    noLegitimateInterest: 'Et formål bygger på legitime interesser, uden at interessen er angivet.',
    noDataCategories: 'Behandlingen mangler kategorier af personoplysninger.',
    noRetention: 'En kategori af personoplysninger mangler en frist for sletning.',
    noSources: 'Hvor oplysningerne kommer fra, er ikke angivet.',
    noSourceDescription: 'En anden kilde end personen selv er ikke navngivet.',
    noTransferMechanism: 'En overførsel uden for EU/EØS mangler et gyldigt overførselsgrundlag.',
    noAutomatedDecisionLogic:
      'Automatiske afgørelser uden meningsfulde oplysninger om logikken og konsekvenserne.',
  },
}
