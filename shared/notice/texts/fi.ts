/** Tietosuojaselosteen vakiotekstit suomeksi, tietosuoja-asetuksen suomenkielisen toisinnon termein. */
import type { NoticeTexts } from './en'

export const noticeTextsFi: NoticeTexts = {
  title: 'Tietosuojaseloste',
  titleFor: 'Tietosuojaseloste: {{audience}}',
  updated: 'Päivitetty {{date}}',
  intro:
    'Tässä selosteessa kerrotaan, miten {{controller}} käsittelee sinua koskevia henkilötietoja ja mitä oikeuksia sinulla on. ' +
    'Seloste sisältää tiedot, jotka yleisen tietosuoja-asetuksen 13 ja 14 artiklassa edellytetään.',
  writtenFor: 'Seloste koskee seuraavia ryhmiä: {{audiences}}.',
  contents: 'Sisällys',
  summary: {
    heading: 'Lyhyesti',
    controller: 'Rekisterinpitäjä',
    dpo: 'Tietosuojavastaava',
    purposes: 'Käytämme tietojasi seuraaviin tarkoituksiin: {{purposes}}.',
    recipients: 'Tietoja luovutetaan: {{recipients}}.',
    noRecipients: 'Emme luovuta tietoja muille vastaanottajille.',
    transfers: 'Osa tiedoista siirretään EU:n ja ETA:n ulkopuolelle: {{destinations}}.',
    noTransfers: 'Tietoja ei siirretä EU:n ja ETA:n ulkopuolelle.',
    rights: 'Oikeutesi: {{rights}}.',
    complaint: 'Voit myös tehdä valituksen valvontaviranomaiselle: {{authority}}.',
    objection:
      'Vastustamisoikeus: voit milloin tahansa henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa ' +
      'tietojesi käsittelyä seuraaviin tarkoituksiin: {{purposes}}. Suoramarkkinointia voit vastustaa aina.',
    details: 'Tarkemmat tiedot ovat alla.',
  },
  controller: {
    heading: 'Rekisterinpitäjä',
    intro:
      '{{controller}} on rekisterinpitäjä: se määrittää henkilötietojesi käsittelyn tarkoitukset ja keinot.',
    representative: 'Edustajamme EU:ssa (tietosuoja-asetuksen 27 artikla)',
    dpo: 'Tietosuojavastaavamme',
    contactPerson: 'Yhteyshenkilö tietosuoja-asioissa',
  },
  audience: {
    intro: 'Tämä osa koskee ryhmää: {{audience}}.',
  },
  activity: {
    purposes: 'Mihin käytämme tietojasi ja millä perusteella',
    basis: 'käsittelyn oikeusperuste: {{basis}} ({{article}})',
    legitimateInterest: 'Oikeutettu etumme: {{interest}}',
    specialCondition:
      'Erityisiin henkilötietoryhmiin kuuluvien tietojen käsittely perustuu kohtaan {{article}}: {{condition}}',
    criminalBasis: 'Rikostuomioihin ja rikkomuksiin liittyvien tietojen käsittelyn peruste: {{basis}}',
    jointControllers:
      'Olemme tämän käsittelyn yhteisrekisterinpitäjiä yhdessä seuraavien kanssa: {{parties}}. Voit pyytää meiltä järjestelyn ' +
      'olennaisen sisällön, ja voit käyttää oikeuksiasi kutakin rekisterinpitäjää kohtaan.',
    data: 'Käsittelemämme henkilötiedot ja niiden säilytysaika',
    special: '{{name}} (erityinen henkilötietoryhmä: {{kind}})',
    sources: 'Mistä tiedot saadaan',
    required: 'Onko sinun annettava tiedot?',
    recipients: 'Tietojen vastaanottajat',
    noRecipients: 'Emme luovuta näitä tietoja muille vastaanottajille.',
    recipientPurpose: '{{recipient}}, tarkoitus: {{purpose}}',
    transfers: 'Siirrot EU:n ja ETA:n ulkopuolelle',
    noTransfers: 'Emme siirrä näitä tietoja EU:n ja ETA:n ulkopuolelle.',
    automated: 'Automaattiset päätökset',
    automatedYes:
      'Teemme sinua koskevia päätöksiä, jotka perustuvat yksinomaan automaattiseen käsittelyyn, kuten profilointiin.',
    automatedLogic: 'Miten käsittely toimii ja mitä se merkitsee sinulle: {{logic}}',
    automatedNo: 'Emme tee sinua koskevia päätöksiä, jotka perustuvat yksinomaan automaattiseen käsittelyyn.',
  },
  basis: {
    '6_1_a': 'suostumuksesi',
    '6_1_b': 'kanssasi tehty sopimus tai pyynnöstäsi ennen sopimuksen tekemistä toteutettavat toimet',
    '6_1_c': 'meitä koskeva lakisääteinen velvoite',
    '6_1_d': 'sinun tai toisen henkilön elintärkeiden etujen suojaaminen',
    '6_1_e': 'yleistä etua koskevan tehtävän suorittaminen tai julkisen vallan käyttäminen',
    '6_1_f': 'meidän tai kolmannen osapuolen oikeutetut edut',
  },
  requirement: {
    '6_1_a':
      'Suostumuksen antaminen on vapaaehtoista. Jos et anna sitä, emme käytä tietojasi tähän tarkoitukseen.',
    '6_1_b':
      'Tiedot on annettava, jotta voimme tehdä kanssasi sopimuksen ja täyttää sen. Ilman niitä emme voi tehdä tai täyttää sopimusta.',
    '6_1_c':
      'Laki velvoittaa meidät keräämään tiedot (lakisääteinen vaatimus). Ilman niitä emme voi täyttää lakisääteistä velvoitettamme.',
    '6_1_d': 'Sinulla ei ole velvollisuutta antaa tietoja.',
    '6_1_e':
      'Se, onko sinun annettava tiedot, määräytyy tehtävämme perustana olevan lain mukaan. Kysy meiltä, jos olet epävarma.',
    '6_1_f': 'Sinulla ei ole velvollisuutta antaa tietoja.',
  },
  requirementFor: '{{purposes}}: {{requirement}}',
  source: {
    data_subject: 'Sinulta itseltäsi',
    third_party: 'Muilta',
    public: 'Julkisesti saatavilla olevista lähteistä',
    generated: 'Syntyvät toiminnassamme',
  },
  recipientKind: {
    processor: 'Puolestamme tietoja käsittelevät palveluntarjoajat (henkilötietojen käsittelijät)',
    sub_processor: 'Puolestamme tietoja käsittelevät palveluntarjoajat (henkilötietojen käsittelijät)',
    joint_controller: 'Kanssamme yhteisesti vastuussa olevat organisaatiot (yhteisrekisterinpitäjät)',
    independent_controller: 'Muut organisaatiot, jotka käyttävät tietoja omiin tarkoituksiinsa',
    public_authority: 'Viranomaiset',
    client_controller: 'Muut organisaatiot, jotka käyttävät tietoja omiin tarkoituksiinsa',
    other: 'Muut vastaanottajat',
  },
  someRecipient: 'Vastaanottaja',
  transfer: {
    to: '{{recipient}}, {{destination}}',
    adequacy: 'Euroopan komissio on päättänyt, että tietosuojan taso on siellä riittävä ({{article}}).',
    safeguard:
      'suojatoimena on {{mechanism}} ({{article}}). Saat jäljennöksen suojatoimista meiltä: {{contact}}.',
    derogation:
      'riittävyyspäätöstä tai asianmukaisia suojatoimia ei ole; siirto on sallittu erityistilannetta koskevana poikkeuksena: {{mechanism}} ({{article}}).',
    askUs: 'ota yhteyttä meihin',
  },
  retention: {
    month: '1 kuukausi',
    months: '{{n}} kuukautta',
    year: '1 vuosi',
    years: '{{n}} vuotta',
  },
  rights: {
    heading: 'Oikeutesi',
    intro:
      'Sinulla on seuraavat oikeudet. Voit käyttää niitä ottamalla meihin yhteyttä: {{contact}}. Vastaamme kuukauden kuluessa.',
    introNoContact: 'Sinulla on seuraavat oikeudet. Voit käyttää niitä ottamalla meihin yhteyttä.',
    onlyFor: 'Koskee seuraavia tarkoituksia: {{purposes}}.',
  },
  rightText: {
    access:
      'Voit pyytää tiedon siitä, käsittelemmekö sinua koskevia tietoja, sekä jäljennöksen tiedoista ja tiedot niiden käytöstä.',
    rectification: 'Voit vaatia, että virheelliset tietosi oikaistaan ja puutteelliset tietosi täydennetään.',
    erasure:
      'Voit pyytää tietojesi poistamista esimerkiksi silloin, kun emme enää tarvitse niitä tai kun peruutat suostumuksesi.',
    restriction:
      'Voit pyytää tietojesi käsittelyn rajoittamista esimerkiksi sillä aikaa, kun tarkistamme niiden paikkansapitävyyden.',
    portability:
      'Voit saada meille antamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle organisaatiolle.',
    objection:
      'Voit milloin tahansa henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä, joka perustuu ' +
      'oikeutettuun etuumme tai yleistä etua koskevaan tehtävään. Suoramarkkinointia voit vastustaa aina.',
    withdrawConsent:
      'Voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta ennen sitä suostumuksen perusteella tehtyyn käsittelyyn.',
    automatedDecision:
      'Sinulla on oikeus olla joutumatta sellaisen päätöksen kohteeksi, joka perustuu yksinomaan automaattiseen käsittelyyn ja vaikuttaa sinuun merkittävästi. ' +
      'Voit vaatia, että päätöksen käsittelee ihminen, esittää kantasi ja riitauttaa päätöksen.',
    complaint:
      'Voit tehdä valituksen valvontaviranomaiselle erityisesti siinä EU- tai ETA-maassa, jossa asut tai työskentelet tai jossa ' +
      'epäilet rikkomisen tapahtuneen.',
  },
  authority: {
    heading: 'Oikeus tehdä valitus valvontaviranomaiselle',
    intro: 'Johtava valvontaviranomaisemme on:',
    website: 'Verkkosivusto',
    address: 'Osoite',
    complaintPage: 'Näin teet valituksen',
  },
  changes: {
    heading: 'Selosteen muutokset',
    text: 'Päivitämme tätä selostetta, kun henkilötietojen käsittelymme muuttuu. Tämä versio on päivätty {{date}}.',
  },
  gap: {
    noControllerActivities:
      'Ei kirjattu: rekisterinpitäjänä tekemämme käsittely, joka koskee näitä henkilöitä.',
    noControllerContact: 'Ei kirjattu: osoitteemme, sähköpostimme tai puhelinnumeromme.',
    noDpoContact: 'Ei kirjattu: tietosuojavastaavamme yhteystiedot.',
    noAuthority: 'Ei kirjattu: johtava valvontaviranomaisemme.',
    authorityRegional:
      'Täydennettävä: Saksassa yksityinen yritys ilmoittaa osavaltionsa tietosuojaviranomaisen; tässä näkyy liittovaltion tietosuojavaltuutettu.',
    noAudience: 'Ei kirjattu: keitä tämä käsittely koskee.',
    noPurposes: 'Ei kirjattu: käsittelyn tarkoitukset.',
    noLegalBasis: 'Ei kirjattu: tämän tarkoituksen käsittelyn oikeusperuste.',
    noLegitimateInterest: 'Ei kirjattu: tavoiteltava oikeutettu etu.',
    noDataCategories: 'Ei kirjattu: henkilötietoryhmät.',
    noRetention: 'Ei kirjattu: kuinka kauan näitä tietoja säilytetään.',
    noSources: 'Ei kirjattu: mistä tiedot saadaan.',
    noSourceDescription: 'Ei kirjattu: mikä lähde on kyseessä.',
    noTransferMechanism: 'Ei kirjattu: pätevä siirtoperuste tälle siirrolle.',
    noAutomatedDecisionLogic:
      'Ei kirjattu: merkitykselliset tiedot käsittelyyn liittyvästä logiikasta ja sen seurauksista sinulle.',
  },
  otherProcessing: 'Käsittely, jolle ei ole kohderyhmää',
}
