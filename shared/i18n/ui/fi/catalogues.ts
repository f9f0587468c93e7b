import type { cataloguesMessages } from '../catalogues'
import type { Translation } from '../translation'

export const cataloguesFi: Translation<typeof cataloguesMessages> = {
  title: 'Luettelot',
  name: 'Nimi',
  usedBy: 'Käytössä',
  unused: 'Ei käytössä',
  search: 'Hae',
  noMatch: 'Yksikään kohta ei vastaa hakua.',
  chooseKind: 'Valitse tyyppi',
  editNamed: 'Muokkaa: {{name}}',
  deleteNamed: 'Poista: {{name}}',
  created: '”{{name}}” luotu',
  saved: '”{{name}}” tallennettu',
  parties: {
    title: 'Osapuolet',
    new: 'Uusi osapuoli',
    edit: 'Muokkaa osapuolta',
    createNew: 'Luo uusi osapuoli…',
    createNamed: 'Luo osapuoli ”{{name}}”…',
    intro:
      'Käsittelijät, yhteisrekisterinpitäjät, vastaanottajat, viranomaiset ja rekisterinpitäjät, joiden lukuun toimit käsittelijänä. Osapuolen maa ratkaisee, tarvitaanko siirrolle suojatoimia.',
    empty:
      'Ei vielä osapuolia. Lisää palveluntarjoajat ja muut organisaatiot, jotka osallistuvat käsittelytoimiin.',
    dpfHelp:
      'Tarkista Data Privacy Framework -luettelo: EU:n ja Yhdysvaltojen välinen riittävyyspäätös koskee vain sertifioituja organisaatioita.',
    dpfShort: 'DPF-sertifioitu',
    dpaHelp: '28 artiklan 3 kohdan mukainen sopimus, esim. sen nimi tai numero',
    dpaColumn: 'Käsittelysopimus',
    transfersTitle: 'Siirrot EU:n/ETA:n ulkopuolelle',
    transfersHelp:
      'Mihin tämän osapuolen kanssa tehty sopimus perustuu, kun henkilötietoja siirretään EU:n/ETA:n ulkopuolelle (myös eurooppalaisella yhtiöllä, jonka emoyhtiö on Yhdysvalloissa). Tälle osapuolelle tehtävät siirrot, joista moduuli tai arviointi puuttuu, arvioidaan näiden tietojen mukaan.',
    chooseMechanism: 'Ei siirtoa tai ei tiedossa',
    chooseModule: 'Valitse moduuli',
    tiaHelp: 'Kohdemaan lainsäädäntö ja käytäntö on arvioitu tälle osapuolelle tehtävien siirtojen osalta.',
    dpfCheckedHelp: 'Päivä, jona viimeksi tarkistit osapuolen Data Privacy Framework -luettelosta.',
    fromLibrary: 'Toimittajakirjastosta: {{name}} (tiedot {{asOf}} mukaan)',
    fromLibraryUnknown: 'Toimittajakirjaston kohdasta, jota ei enää ole ({{id}})',
  },
  dataSubjectCategories: {
    title: 'Rekisteröidyt',
    new: 'Uusi rekisteröityjen ryhmä',
    edit: 'Muokkaa rekisteröityjen ryhmää',
    createNew: 'Luo uusi rekisteröityjen ryhmä…',
    createNamed: 'Luo ”{{name}}”…',
    intro:
      'Keiden henkilötietoja käsittelytoimissa käsitellään, esim. työntekijät, asiakkaat, verkkosivuston kävijät.',
    empty: 'Ei vielä rekisteröityjen ryhmiä.',
    namePlaceholder: 'esim. Työntekijät',
    vulnerable: 'Haavoittuvassa asemassa olevat rekisteröidyt',
    vulnerableHelp:
      'Esim. lapset, työntekijät, potilaat: henkilöt, joiden on vaikeampi vastustaa käsittelyä (vaikutustenarvioinnin esiarvioinnin kriteeri).',
    vulnerableShort: 'Haavoittuva',
  },
  dataCategories: {
    title: 'Henkilötietoryhmät',
    new: 'Uusi henkilötietoryhmä',
    edit: 'Muokkaa henkilötietoryhmää',
    createNew: 'Luo uusi henkilötietoryhmä…',
    createNamed: 'Luo ”{{name}}”…',
    intro:
      'Käsiteltävien henkilötietojen lajit. Merkitse erityiset henkilötietoryhmät (9 artikla), rikostuomioita ja rikkomuksia koskevat tiedot (10 artikla) ja kansalliset henkilönumerot: niiden käsittelyyn ei riitä pelkkä 6 artiklan peruste.',
    empty: 'Ei vielä henkilötietoryhmiä.',
    namePlaceholder: 'esim. Yhteystiedot',
    specialHelp:
      'Erityiset henkilötietoryhmät edellyttävät 9 artiklan 2 kohdan mukaista perustetta, rikostuomioita ja rikkomuksia koskevat tiedot 10 artiklan mukaista perustetta.',
    retentionPlaceholder: 'esim. 6 vuotta työsuhteen päättymisestä',
    retentionHelp:
      'Käsittelytoimet, joihin ei ole kirjattu tämän ryhmän määräaikaa, käyttävät tätä; kukin käsittelytoimi voi asettaa oman.',
  },
  securityMeasures: {
    title: 'Turvatoimet',
    new: 'Uusi turvatoimi',
    edit: 'Muokkaa turvatoimea',
    createNew: 'Luo uusi turvatoimi…',
    createNamed: 'Luo turvatoimi ”{{name}}”…',
    intro:
      'Tietoja suojaavat tekniset ja organisatoriset toimenpiteet (32 artikla), kuvattuina kerran ja liitettyinä kuhunkin käsittelytoimeen, jota ne suojaavat.',
    empty: 'Ei vielä turvatoimia.',
    namePlaceholder: 'esim. Tallennettujen tietojen salaus',
  },
  delete: {
    title: 'Poistetaanko ”{{name}}”?',
    unused:
      'Yksikään käsittelytoimi ei käytä tätä kohtaa. Se poistetaan luettelosta ja siirtyy organisaation roskakoriin, josta sen voi palauttaa.',
    inUseTitle_one: '”{{name}}” on käytössä yhdessä käsittelytoimessa',
    inUseTitle_other: '”{{name}}” on käytössä {{count}} käsittelytoimessa',
    inUseBody_one:
      'Sitä ei voi poistaa, kun tämä käsittelytoimi käyttää sitä. Poista se sieltä tai korvaa se toisella kohdalla ja poista se sitten:',
    inUseBody_other:
      'Sitä ei voi poistaa, kun nämä {{count}} käsittelytointa käyttävät sitä. Poista se niistä tai korvaa se kaikissa toisella kohdalla ja poista se sitten:',
    more: 'ja {{count}} muuta',
    replaceWith: 'Korvaa kohdalla',
    replaceWithHelp: 'Kaikki yllä luetellut käsittelytoimet käyttävät tätä kohtaa kohdan ”{{name}}” sijaan.',
    replacePlaceholder: 'Valitse kohta',
    noOther: 'Luettelossa ei ole muita kohtia',
    replaceAndDelete: 'Korvaa ja poista',
    done: '”{{name}}” poistettu',
    replaced_one: '”{{name}}” korvattu yhdessä käsittelytoimessa ja poistettu',
    replaced_other: '”{{name}}” korvattu {{count}} käsittelytoimessa ja poistettu',
  },
}
