/** The privacy notice page. */
import type { UiMessages } from '../../en'

export const noticesSv: UiMessages['notices'] = {
  title: 'Integritetspolicy',
  intro:
    'Informationen till dem vars uppgifter organisationen behandlar (artiklarna 13 och 14 i dataskyddsförordningen), skriven utifrån registret. Fyll i luckorna i registret så följer informationen med.',
  audience: 'Målgrupp',
  allAudiences: 'Alla (en del per målgrupp)',
  language: 'Informationens språk',
  recipients: 'Mottagare',
  byName: 'Med namn',
  byCategory: 'Per kategori',
  format: 'Format',
  export: 'Exportera',
  exporting: 'Informationen skrivs… {{percent}} %',
  done: 'Informationen har skrivits och registrerats på sidan Exporter',
  chooseCancelled: 'Ingen fil valdes, så inget skrevs.',
  preview: 'Förhandsvisning av informationen',
  gapsTitle: 'Luckor i registret',
  gapsNone: 'Inget saknas: registret innehåller allt som informationen behöver.',
  gapsIntro: 'Utkastet markerar dessa ställen i gult. Fyll i dem i registret så följer informationen med.',
  fixIn: 'Åtgärda i {{activity}}',
  fixInProfile: 'Åtgärda i organisationens profil',
  gaps: {
    noControllerActivities: 'Ingen behandling som vi är personuppgiftsansvariga för gäller denna målgrupp.',
    noControllerContact: 'Organisationen saknar adress, e-post och telefon.',
    noDpoContact: 'Dataskyddsombudet saknar kontaktuppgifter.',
    noAuthority: 'Den ansvariga tillsynsmyndigheten är inte angiven.',
    authorityRegional: 'I Tyskland anges delstatens dataskyddsmyndighet; nu visas den federala.',
    noAudience:
      'Behandlingen anger inga kategorier av registrerade och hamnar därför inte under någon målgrupp.',
    noPurposes: 'Behandlingen saknar ändamål.',
    noLegalBasis: 'Ett ändamål saknar rättslig grund.',
    noLegitimateInterest: 'Ett ändamål grundas på berättigat intresse utan att intresset anges.',
    noDataCategories: 'Behandlingen saknar kategorier av personuppgifter.',
    noRetention: 'En kategori av personuppgifter saknar tidsfrist för radering.',
    noSources: 'Varifrån uppgifterna kommer är inte angivet.',
    noSourceDescription: 'En annan källa än personen själv är inte namngiven.',
    noTransferMechanism: 'En överföring utanför EU/EES saknar giltig överföringsmekanism.',
    noAutomatedDecisionLogic: 'Automatiserade beslut utan meningsfull information om logiken och följderna.',
  },
}
