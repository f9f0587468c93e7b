import type { importsMessages } from '../imports'
import type { Translation } from '../translation'

export const importsFi: Translation<typeof importsMessages> = {
  title: 'Tuo seloste',
  intro:
    'Tuo Excelissä tai CSV-tiedostona ylläpitämäsi seloste tai ROPAsta viety työkirja. Mitään ei tallenneta ennen kuin vahvistat.',
  open: 'Tuo taulukko…',
  file: 'Taulukko',
  fileHint:
    'Excel-työkirja (.xlsx) tai CSV-tiedosto. ROPAsta viety työkirja palaa täsmälleen sellaisena kuin se vietiin.',
  reading: 'Luetaan tiedostoa…',
  layout: {
    label: 'Tunnistettu',
    ropa: 'ROPAsta viety työkirja',
    ico: 'ICO:n dokumentointipohja',
    cnil: 'CNIL-tyyppinen seloste',
    dsk: 'DSK-tyyppinen seloste',
    generic: 'Taulukkomuotoinen seloste',
  },
  ropaExact:
    'Seloste tuodaan täsmälleen sellaisena kuin se vietiin, kaikkine osapuolineen, luetteloineen ja siirtoineen.',
  ropaEdited: 'Joitakin soluja on muutettu Excelissä viennin jälkeen (luettelo alla).',
  readVisible: 'Lue sen sijaan näkyvät taulukot',
  sheets: 'Tuotavat taulukot',
  sheetsHint: 'Valitusta taulukosta löytyi otsikkorivi {{row}}.',
  headerRow: 'otsikkorivi {{row}}',
  labelColumn: 'nimikkeet sarakkeessa {{column}}',
  organisationName: 'Organisaatio',
  organisationHint: 'Luettu tiedoston yhteystiedoista. Muuta nimeä tuodaksesi toisella nimellä.',
  organisationMissing: 'Tiedostosta ei käy ilmi, kenen seloste se on: kirjoita organisaation nimi.',
  mapping: {
    title: 'Sarakkeet',
    intro:
      'Tiedoston jokainen sarake ja selosteen kenttä, johon se tuodaan. Korjaa ehdotusta vaihtamalla kenttä tai valitse ”Ei tuoda”.',
    column: 'Sarake tiedostossa',
    sample: 'Ensimmäinen arvo',
    field: 'Selosteen kenttä',
    fieldFor: 'Selosteen kenttä sarakkeelle ”{{heading}}”',
    confidence: 'Osuvuus',
    none: 'Ei tuoda',
    suggested: 'ehdotettu',
    saved: 'Tallennetut vastaavuudet',
    apply: 'Käytä tallennettua vastaavuutta',
    saveAs: 'Tallenna vastaavuus nimellä',
    save: 'Tallenna vastaavuus',
    savedDone: 'Vastaavuus ”{{name}}” tallennettu',
    delete: 'Poista tallennettu vastaavuus',
    deleted: 'Vastaavuus poistettu',
  },
  confidence: {
    high: 'Varma',
    medium: 'Todennäköinen',
    low: 'Arvaus',
    manual: 'Valittu',
  },
  preview: {
    title: 'Esikatselu',
    intro: 'Ensimmäiset käsittelytoimet sellaisina kuin ne tallennetaan.',
    counts:
      '{{activities}} käsittelytointa, {{dataSubjectCategories}} rekisteröityjen ryhmää, {{dataCategories}} henkilötietoryhmää, {{securityMeasures}} turvatointa, {{parties}} osapuolta',
    source: 'Lähde',
    row: '{{sheet}}, rivi {{row}}',
    empty:
      'Tällä vastaavuudella ei voi lukea yhtään käsittelytointa. Liitä jokin sarake kenttään ”Käsittelytoimi” tai ”Käsittelyn tarkoitukset”.',
    more: 'ja {{count}} muuta',
  },
  problems: {
    title: 'Solut, joita ei voi lukea ({{count}})',
    none: 'Kaikki solut voitiin lukea.',
    where: 'Sijainti',
    message: 'Ongelma',
    at: '{{sheet}} {{column}}{{row}}',
    error: 'Ei tuoda',
    warning: 'Tarkista',
  },
  confirm: 'Tuo {{count}} käsittelytointa',
  done: '”{{name}}” tuotu: {{count}} käsittelytointa',
  conflict: {
    title: 'Samanniminen organisaatio on jo olemassa',
    body: 'Organisaatio nimeltä ”{{name}}” on jo olemassa. Korvaa se tuodulla selosteella tai tuo toisella nimellä.',
    replace: 'Korvaa se',
    rename: 'Tuo toisella nimellä',
    newName: 'Uusi nimi',
    cancel: 'Peruuta',
  },
  startOver: 'Valitse toinen tiedosto',
}
