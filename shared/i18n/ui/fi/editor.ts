import type { editorMessages } from '../editor'
import type { Translation } from '../translation'

export const editorFi: Translation<typeof editorMessages> = {
  formLabel: 'Käsittelytoimi',
  controllerRecord: 'Rekisterinpitäjän seloste, 30 artiklan 1 kohta',
  processorRecord: 'Käsittelijän seloste, 30 artiklan 2 kohta',
  moreActions: 'Lisää toimintoja',
  duplicate: 'Monista',
  duplicated: 'Monistettu tunnisteella {{reference}} (luonnos)',
  copyTo: 'Kopioi organisaatioon…',
  keyboardHint: 'Enter tallentaa · Esc poistuu · Ctrl+S tallentaa mistä tahansa',
  conflict: {
    title: 'Joku muu tallensi tämän käsittelytoimen sillä välin',
    changedBy:
      '{{actor}} muutti tätä {{time}} sen jälkeen, kun avasit sen. Lataa se uudelleen ja tee muutoksesi uudestaan: kirjoittamasi pysyy lomakkeella, kunnes lataat.',
    changed:
      'Tätä on muutettu sen jälkeen, kun avasit sen. Lataa se uudelleen ja tee muutoksesi uudestaan: kirjoittamasi pysyy lomakkeella, kunnes lataat.',
    reload: 'Lataa uudelleen',
  },
  sections: {
    beyondArt30: 'Muut tiedot',
    about: 'Käsittelytoimi',
    processorData: 'Rekisteröidyt, tiedot ja vastaanottajat',
    risk: 'Automaattiset päätökset ja vaikutustenarviointi',
    systems: 'Järjestelmät ja sijainti',
    review: 'Tarkistus ja huomautukset',
  },
  overview: {
    title: 'Osiot',
    points_one: '{{filled}} / {{count}} 30 artiklan kohdasta valmiina',
    points_other: '{{filled}} / {{count}} 30 artiklan kohdasta valmiina',
    findings: 'Havainnot:',
    noFindings: 'Ei havaintoja',
    entering: 'Kentän havainnot näkyvät, kun olet täyttänyt sen, ja kaikki havainnot, kun tallennat',
  },
  about: {
    roleHelp: 'Käsittelijä: käsittelet tietoja asiakkaan lukuun (30 artiklan 2 kohdan mukainen seloste)',
    businessFunctionPlaceholder: 'esim. Henkilöstöhallinto',
    ownerPlaceholder: 'esim. henkilöstöpäällikkö',
  },
  parties: {
    controller: 'Rekisterinpitäjä',
    processor: 'Käsittelijä',
    noContact: 'Organisaation tiedoissa ei ole yhteystietoja',
    representativeNeeded: 'Tarvitaan: organisaation sijoittautumismaa on {{country}}',
    notApplicable: 'Ei tarvita (sijoittautunut EU:hun/ETA:an)',
    editProfile: 'Muokkaa organisaation tietoja',
    jointControllers: 'Yhteisrekisterinpitäjät',
    jointControllersHelp:
      'Organisaatiot, jotka määrittävät tämän käsittelyn tarkoitukset ja keinot yhdessä kanssasi (26 artikla)',
    controllers: 'Rekisterinpitäjät, joiden lukuun käsittelet tietoja',
    controllersHelp: 'Tämän käsittelyn asiakkaat, kukin yhteystietoineen Osapuolet-luettelossa',
    pickParties: 'Valitse osapuolista tai luo uusi',
  },
  purposes: {
    noneProcessor:
      'Ei vielä käsittelyjen ryhmiä. 30 artiklan 2 kohdan b alakohta edellyttää kunkin rekisterinpitäjän lukuun suoritettavien käsittelyjen ryhmät.',
    categoryNumber: 'Käsittelyjen ryhmä {{n}}',
    categoryPlaceholder: 'Mitä teet rekisterinpitäjän puolesta, esim. palkanlaskenta',
    addCategory: 'Lisää käsittelyjen ryhmä',
    chooseBasis: 'Valitse peruste',
    interestPlaceholder: 'Tavoiteltava etu, esim. petosten estäminen',
    condition: 'Erityisten henkilötietoryhmien käsittelyperuste (9 artiklan 2 kohta)',
    chooseCondition: 'Valitse peruste',
    criminalBasis: 'Rikostuomioita ja rikkomuksia koskevien tietojen käsittelyperuste (10 artikla)',
    criminalHelp: 'Laki tai julkinen valta, joka sallii käsittelyn',
    legalBasisReferencePlaceholder: 'Laki, sopimus tai julkinen tehtävä, esim. kirjanpitolaki 2 luku 10 §',
    assessmentPlaceholder: 'Missä tasapainotesti on dokumentoitu, esim. LIA-2026-03',
    consentRecordPlaceholder: 'Missä suostumukset on tallennettu, esim. asiakashallinnan suostumusloki',
    conditionReferencePlaceholder: 'esim. työterveyshuoltolaki (1383/2001) 12 §',
    conditionReferenceHelp:
      'Unionin tai kansallinen laki, jota tämä peruste edellyttää (9 artiklan 2 kohdan b ja g–j alakohta; 10 artikla)',
    criminalPlaceholder: 'esim. Turvallisuusselvityslaki (726/2014), 5 §',
    addCondition: 'Lisää tälle tarkoitukselle 9 artiklan 2 kohdan mukainen peruste',
    addCriminalBasis: 'Lisää tälle tarkoitukselle 10 artiklan mukainen peruste',
  },
  data: {
    pickSubjects: 'Valitse tai luo ryhmiä, esim. Työntekijät',
    subjectsHelp: 'Keiden henkilötietoja käsitellään',
    pickCategories: 'Valitse tai luo ryhmiä, esim. Yhteystiedot',
    categoriesHelp: 'Mitä henkilötietoja käsitellään; poistamisen määräajat asetetaan kohdassa 30(1)(f)',
    specialNote: 'Sisältää: {{list}}.',
    specialController:
      'Jollekin tarkoitukselle tarvitaan vastaava 9 artiklan 2 kohdan mukainen peruste tai 10 artiklan mukainen peruste (30(1)(b)).',
    specialProcessor: 'Rekisterinpitäjä päättää perusteesta, joka sallii käsittelyn.',
    noSources: 'Mistä tiedot saadaan, jos ei pelkästään rekisteröidyiltä itseltään (vapaaehtoinen).',
    sourceKind: 'Lähde {{n}}',
    sourceDescription: 'Kuvaus',
    sourcePlaceholder: 'esim. Luottotietoyhtiö',
    addSource: 'Lisää lähde',
    removeSource: 'Poista lähde {{n}}',
  },
  recipients: {
    none: 'Ei vielä vastaanottajia. Luettele kaikki, joille tietoja luovutetaan, myös käsittelijät.',
    party: 'Vastaanottaja {{n}}',
    pickParty: 'Valitse osapuoli tai luo uusi',
    category: 'Tai vastaanottajaryhmä',
    categoryPlaceholder: 'esim. Pankit',
    purposePlaceholder: 'Mitä varten vastaanottaja saa tiedot',
    internalHelp: 'Oman organisaation yksikkö, ei ulkopuolinen taho',
    remove: 'Poista vastaanottaja {{n}}',
    add: 'Lisää vastaanottaja',
    transferRecorded: 'EU:n/ETA:n ulkopuolella: kirjattu siirroksi {{n}} osapuolen siirtotiedoin',
  },
  transfers: {
    none: 'Ei siirtoja kolmansiin maihin tai kansainvälisille järjestöille.',
    recipient: 'Siirron {{n}} vastaanottaja',
    pickRecipient: 'Valitse tietojen vastaanottaja tai luo uusi',
    toCountry: 'Maahan',
    toOrganisation: 'Kansainväliselle järjestölle',
    country: 'Kohdemaa',
    organisationPlaceholder: 'esim. Euroopan patenttijärjestö',
    chooseMechanism: 'Valitse, mihin siirto perustuu',
    chooseModule: 'Valitse moduuli',
    tia: 'Siirtoa koskeva vaikutustenarviointi tehty',
    tiaHelp: 'Sallivatko kohdemaan lainsäädäntö ja käytäntö tietojen vastaanottajan noudattaa suojatoimia',
    safeguardsHelp: 'Arviointi ja suojatoimet, jos käytetään poikkeusta',
    safeguardsRequired:
      'Pakollinen tässä poikkeuksessa (49 artiklan 6 kohta): arviointi ja soveltuvat suojatoimet',
    remove: 'Poista siirto {{n}}',
    add: 'Lisää siirto',
    noteFor_one: 'Koskee siirtoa {{list}}',
    noteFor_other: 'Koskee siirtoja {{list}}',
    seeNote: '{{name}}: katso huomautus siirtojen alussa.',
    mechanismGroup: {
      adequacy: 'Riittävyyspäätös',
      safeguard: 'Asianmukaiset suojatoimet (46 artikla)',
      derogation: 'Erityistilanteita koskevat poikkeukset (49 artikla)',
      invalid: 'Ei enää pätevä',
      none: 'Ei mitään',
    },
  },
  retention: {
    generalPlaceholder: 'esim. Poistetaan 6 vuoden kuluttua työsuhteen päättymisestä',
    generalHelp: 'Koskee kaikkia käsittelytoimen tietoja, ellei ryhmälle ole kirjattu muuta',
    referencePlaceholder:
      'Säilytysaikasuunnitelma tai -ohje, josta ajat ovat peräisin, esim. arkistonmuodostussuunnitelma 2026',
    noCategories: 'Valitse henkilötietoryhmät kohdassa 30(1)(c), niin voit asettaa kullekin määräajan.',
    perCategory: 'Määräaika henkilötietoryhmittäin',
    placeholder: 'esim. 2 vuotta viimeisestä ostosta',
    months: 'Kuukautta',
    forCategory: 'Poistamisen määräaika: {{name}}',
    monthsForCategory: 'Kuukautta poistamiseen: {{name}}',
    fromCategory: 'Ryhmän oletus: {{retention}}',
    inheritedHelp: 'Ryhmän oletus on voimassa: kirjoita, jos tälle käsittelytoimelle pätee toinen',
  },
  security: {
    pick: 'Valitse tai luo turvatoimia, esim. Tallennettujen tietojen salaus',
    help: 'Yleinen kuvaus riittää: nimeä toimenpiteet ja kuvaa ne luettelossa',
  },
  processorData: {
    recipients: 'Alikäsittelijät ja muut vastaanottajat',
    retention: 'Tietojen poistaminen tai palauttaminen',
    retentionPlaceholder: 'esim. Palautetaan ja poistetaan sopimuksen päättyessä',
  },
  risk: {
    automatedHelp:
      'Pelkästään automaattiseen käsittelyyn perustuvat päätökset, joilla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia (22 artikla)',
    automatedDescriptionPlaceholder:
      'Käsittelyyn liittyvä logiikka sekä käsittelyn merkittävyys ja mahdolliset seuraukset rekisteröidylle (13 artiklan 2 kohdan f alakohta)',
    criteria: 'Vaikutustenarvioinnin esiarviointi: täyttyvät kriteerit (WP248)',
    criterionHelp: {
      evaluation_scoring:
        'Henkilön ominaisuuksien arviointi tai ennakointi, esimerkiksi työsuorituksen, taloudellisen tilanteen, terveyden, mieltymysten, luotettavuuden, käyttäytymisen, sijainnin tai liikkumisen.',
      automated_decision:
        'Automaattisesti tehdyt päätökset, joilla on henkilöihin kohdistuvia oikeusvaikutuksia tai jotka vaikuttavat heihin vastaavalla tavalla merkittävästi.',
      systematic_monitoring:
        'Henkilöiden havainnointi, seuranta tai valvonta, myös verkkojen välityksellä tai julkisesti saatavilla olevalla alueella.',
      sensitive_data:
        'Erityiset henkilötietoryhmät (9 artikla), rikostuomioita ja rikkomuksia koskevat tiedot (10 artikla) tai muut erittäin henkilökohtaiset tiedot.',
      large_scale:
        'Arvioidaan rekisteröityjen määrän, tietojen määrän ja kirjon, käsittelyn keston ja maantieteellisen laajuuden perusteella.',
      matching_combining:
        'Eri käsittelytoimista, eri tarkoituksiin tai eri rekisterinpitäjiltä kerättyjen tietoaineistojen yhdistäminen tavalla, jota rekisteröidyt eivät voisi kohtuudella odottaa.',
      vulnerable_subjects:
        'Henkilöt, jotka ovat heikommassa asemassa rekisterinpitäjään nähden, kuten työntekijät ja lapset.',
      innovative_tech:
        'Uudet teknologiset tai organisatoriset ratkaisut, joiden seurauksia henkilöille ei vielä tunneta hyvin.',
      prevents_right:
        'Käsittely voi itsessään estää henkilöitä käyttämästä oikeuttaan tai saamasta palvelua tai tekemästä sopimusta.',
    },
    criteriaHelp:
      'Rastita jokainen kriteeri, jonka tämä käsittely täyttää. Jos kriteerejä täyttyy {{threshold}} tai enemmän, vaikutustenarviointi on yleensä tehtävä (35 artikla).',
    likely_one:
      '{{count}} kriteeri täyttyy: tietosuojaa koskeva vaikutustenarviointi on todennäköisesti tehtävä.',
    likely_other:
      '{{count}} kriteeriä täyttyy: tietosuojaa koskeva vaikutustenarviointi on todennäköisesti tehtävä.',
    unlikely_one:
      '{{count}} kriteeri täyttyy: vaikutustenarviointia ei yleensä tarvita, ellei käsittely ole valvontaviranomaisesi luettelossa.',
    unlikely_other:
      '{{count}} kriteeriä täyttyy: vaikutustenarviointia ei yleensä tarvita, ellei käsittely ole valvontaviranomaisesi luettelossa.',
    referencePlaceholder: 'esim. VA-2026-03 tai paikka, jossa perustelut säilytetään',
    referenceHelp: 'Missä vaikutustenarviointi tai perustelut sen tekemättä jättämiselle on dokumentoitu',
  },
  systems: {
    placeholder: 'Kirjoita järjestelmä ja paina Enter',
    help: 'Sovellukset ja palvelut, joita käsittelyssä käytetään',
    locationPlaceholder: 'esim. Konesali Frankfurtissa (DE)',
  },
  review: {
    reviewedToday: 'Tarkistettu tänään (seuraava tarkistus vuoden kuluttua)',
  },
}
