import type { portfolioMessages } from '../portfolio'
import type { Translation } from '../translation'

export const portfolioDa: Translation<typeof portfolioMessages> = {
  title: 'Portefølje',
  intro:
    'Hver organisation i dette arbejdsområde med hvor fuldstændig dens fortegnelse er, dens åbne bemærkninger og forsinkede gennemgange.',
  empty: 'Ingen organisationer endnu.',
  organisation: 'Organisation',
  activities: 'Behandlingsaktiviteter',
  completeness: 'Fuldstændighed',
  errors: 'Fejl',
  warnings: 'Advarsler',
  overdueReviews: 'Forsinkede gennemgange',
  notApplicable: 'Ingen aktuelle behandlingsaktiviteter',
  sortBy: 'Sortér efter {{column}}',
  settings: {
    title: 'Undtagelsen i artikel 30, stk. 5',
    intro:
      'Organisationer med færre ansatte end dette kan være undtaget fra at føre fortegnelsen, medmindre deres behandling sandsynligvis indebærer en risiko, ikke er lejlighedsvis eller omfatter særlige kategorier af oplysninger eller oplysninger om strafbare forhold. Kontrollerne gør opmærksom på det til orientering. Dette gælder alle organisationer i arbejdsområdet.',
    threshold: 'Grænse for antal ansatte',
    saved: 'Grænsen er gemt',
  },
}
