import type { dashboardMessages } from '../dashboard'
import type { Translation } from '../translation'

export const dashboardFi: Translation<typeof dashboardMessages> = {
  title: 'Yleiskatsaus',
  checkedOn: 'Tarkistettu {{date}}',
  draftRegister: {
    title: 'Koko seloste on vielä luonnos',
    body_one:
      'Ainoa käsittelytoimi on luonnos. Kun sen tiedot ovat valmiit, aseta se käyttöön käsittelytoimien taulukosta (Aseta tila).',
    body_other:
      'Kaikki {{count}} käsittelytointa ovat luonnoksia. Kun niiden tiedot ovat valmiit, valitse ne käsittelytoimien taulukossa ja aseta ne käyttöön (Aseta tila).',
    action: 'Siirry käsittelytoimiin',
  },
  stats: {
    errors: 'Virheet',
    warnings: 'Varoitukset',
    info: 'Tiedoksi',
    activities: 'Käsittelytoimet',
    completeness: 'Kattavuus',
  },
  completeness: {
    title: 'Kattavuus 30 artiklan kohdittain',
    intro:
      'Kuinka moni voimassa oleva (luonnos tai käytössä) käsittelytoimi täyttää selosteen kunkin kohdan.',
    controllerRecord: 'Rekisterinpitäjän seloste, 30 artiklan 1 kohta',
    processorRecord: 'Käsittelijän seloste, 30 artiklan 2 kohta',
    filled: '{{filled}} / {{applicable}}',
    notApplicable: 'Ei sovellu',
    empty: 'Ei vielä voimassa olevia käsittelytoimia: lisää yksi nähdäksesi, kuinka kattava seloste on.',
  },
  findings: {
    title: 'Havainnot',
    none: 'Ei havaintoja. Seloste läpäisee kaikki tarkistukset.',
    noneOfSeverity: 'Ei yhtään.',
    organisation: 'Organisaatio',
    openActivity: 'Siirry: {{reference}}',
    openProfile: 'Siirry organisaation tietoihin',
  },
  transfers: {
    title: 'Siirrot kohteittain',
    intro:
      'Voimassa oleviin käsittelytoimiin kirjatut siirrot kohdemaan tai kansainvälisen järjestön mukaan.',
    none: 'Siirtoja ei ole kirjattu.',
    chartLabel: 'Siirtojen määrä kohteittain, värit siirtoperusteen mukaan',
    destination: 'Kohde',
    status: 'Asema',
    transfers: 'Siirrot',
    activities: 'Käsittelytoimet',
    reliesOn: 'Siirtoperuste',
    byBasis: 'Siirtoperusteen mukaan',
    basisCount_one: '{{basis}}: {{count}} siirto',
    basisCount_other: '{{basis}}: {{count}} siirtoa',
    basis: {
      adequacy: 'Tietosuojan riittävyyttä koskeva päätös',
      dpf: 'EU:n ja Yhdysvaltojen tietosuojakehys (DPF)',
      scc: 'Vakiosopimuslausekkeet',
      bcr: 'Yritystä koskevat sitovat säännöt',
      safeguard: 'Muu 46 artiklan suojatoimi',
      derogation: 'Poikkeus (49 artikla)',
      ended: 'Peruste ei ole enää voimassa',
      none: 'Ei pätevää siirtoperustetta',
      eea: 'EU:n/ETA:n sisällä',
    },
  },
  reviews: {
    title: 'Erääntyvät tarkistukset',
    intro: 'Myöhässä olevat tai seuraavien {{days}} päivän aikana erääntyvät tarkistukset.',
    none: 'Yksikään tarkistus ei ole myöhässä tai erääntymässä seuraavien {{days}} päivän aikana.',
    reference: 'Tunniste',
    activity: 'Käsittelytoimi',
    due: 'Eräpäivä',
    overdue_one: '{{count}} päivä myöhässä',
    overdue_other: '{{count}} päivää myöhässä',
    today: 'Erääntyy tänään',
    inDays_one: '{{count}} päivän kuluttua',
    inDays_other: '{{count}} päivän kuluttua',
  },
}
