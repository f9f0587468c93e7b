import type { portfolioMessages } from '../portfolio'
import type { Translation } from '../translation'

export const portfolioFi: Translation<typeof portfolioMessages> = {
  title: 'Asiakassalkku',
  intro:
    'Tämän työtilan kaikki organisaatiot: selosteen kattavuus, avoimet havainnot ja myöhässä olevat tarkistukset.',
  empty: 'Ei vielä organisaatioita.',
  organisation: 'Organisaatio',
  activities: 'Käsittelytoimet',
  completeness: 'Kattavuus',
  errors: 'Virheet',
  warnings: 'Varoitukset',
  overdueReviews: 'Myöhässä olevat tarkistukset',
  notApplicable: 'Ei voimassa olevia käsittelytoimia',
  sortBy: 'Lajittele: {{column}}',
  settings: {
    title: '30 artiklan 5 kohdan poikkeus',
    intro:
      'Organisaatiot, joiden palveluksessa on vähemmän henkilöitä kuin tämä raja, voivat olla vapautettuja selosteen ylläpidosta, ellei käsittely todennäköisesti aiheuta riskiä, ole satunnaista tai koske erityisiä henkilötietoryhmiä tai rikostuomioita ja rikkomuksia koskevia tietoja. Tarkistukset mainitsevat asiasta tiedoksi. Asetus koskee kaikkia työtilan organisaatioita.',
    threshold: 'Henkilöstömäärän raja',
    saved: 'Raja tallennettu',
  },
}
