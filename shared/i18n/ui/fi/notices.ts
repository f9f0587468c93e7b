/** The privacy notice page. */
import type { UiMessages } from '../../en'

export const noticesFi: UiMessages['notices'] = {
  title: 'Tietosuojaseloste',
  intro:
    'Seloste niille, joiden tietoja organisaatio käsittelee (tietosuoja-asetuksen 13 ja 14 artikla), laadittuna selosteesta käsittelytoimista. Täydennä puutteet rekisteriin, niin seloste päivittyy.',
  audience: 'Kohderyhmä',
  allAudiences: 'Kaikki (osa kullekin kohderyhmälle)',
  language: 'Selosteen kieli',
  recipients: 'Vastaanottajat',
  byName: 'Nimeltä',
  byCategory: 'Ryhmittäin',
  format: 'Muoto',
  export: 'Vie seloste',
  exporting: 'Selostetta kirjoitetaan… {{percent}} %',
  done: 'Seloste kirjoitettiin ja kirjattiin Viennit-sivulle',
  chooseCancelled: 'Tiedostoa ei valittu, joten mitään ei kirjoitettu.',
  preview: 'Selosteen esikatselu',
  gapsTitle: 'Puutteet rekisterissä',
  gapsNone: 'Mitään ei puutu: rekisterissä on kaikki, mitä tämä seloste tarvitsee.',
  gapsIntro: 'Luonnos merkitsee nämä kohdat keltaisella. Täydennä ne rekisteriin, niin seloste päivittyy.',
  fixIn: 'Korjaa: {{activity}}',
  fixInProfile: 'Korjaa organisaation tiedoissa',
  gaps: {
    noControllerActivities: 'Tätä kohderyhmää ei koske yksikään käsittely, jossa olemme rekisterinpitäjä.',
    noControllerContact: 'Organisaatiolta puuttuu osoite, sähköposti ja puhelin.',
    noDpoContact: 'Tietosuojavastaavalta puuttuvat yhteystiedot.',
    noAuthority: 'Johtavaa valvontaviranomaista ei ole kirjattu.',
    authorityRegional:
      'Saksassa nimetään osavaltion tietosuojaviranomainen; nyt näkyy liittovaltion tietosuojavaltuutettu.',
    noAudience:
      'Käsittelylle ei ole kirjattu rekisteröityjen ryhmiä, joten se ei näy minkään kohderyhmän osassa.',
    noPurposes: 'Käsittelyltä puuttuvat tarkoitukset.',
    noLegalBasis: 'Tarkoitukselta puuttuu käsittelyn oikeusperuste.',
    noLegitimateInterest: 'Tarkoitus perustuu oikeutettuun etuun, mutta etua ei ole kuvattu.',
    noDataCategories: 'Käsittelyltä puuttuvat henkilötietoryhmät.',
    noRetention: 'Henkilötietoryhmältä puuttuu poistamisen määräaika.',
    noSources: 'Tietojen lähdettä ei ole kirjattu.',
    noSourceDescription: 'Muuta lähdettä kuin henkilöä itseään ei ole nimetty.',
    noTransferMechanism: 'Siirrolla EU:n ja ETA:n ulkopuolelle ei ole pätevää siirtoperustetta.',
    noAutomatedDecisionLogic:
      'Automaattisista päätöksistä puuttuvat merkitykselliset tiedot logiikasta ja seurauksista.',
  },
}
