import type { exportsMessages } from '../exports'
import type { Translation } from '../translation'

export const exportsFi: Translation<typeof exportsMessages> = {
  title: 'Viennit',
  intro:
    'Mitä tästä organisaatiosta on viety ja milloin. Kunkin tiedoston SHA-256-tiiviste osoittaa tarkalleen, minkä version lähetit.',
  new: 'Uusi vienti',
  empty: 'Mitään ei ole vielä viety. Tee ensimmäinen vienti, kun viranomainen pyytää selostetta.',
  table: {
    when: 'Viety',
    format: 'Muoto',
    language: 'Kieli',
    file: 'Tiedosto',
    sha256: 'SHA-256',
    size: 'Koko',
    activities: 'Käsittelytoimet',
    actor: 'Tekijä',
  },
  dialog: {
    title: 'Vie seloste',
    format: 'Muoto',
    formatHint: {
      xlsx: 'Excel-työkirja: oma taulukko kullekin selosteen osalle, valmiina suodatettavaksi ja tulostettavaksi.',
      pdf: 'PDF: kansilehti, sisällys ja sivu kustakin käsittelytoimesta, lähetettäväksi sellaisenaan.',
      csv: 'CSV: molemmat selosteet yhtenä taulukkona, rivi käsittelytointa kohden, muita työkaluja varten.',
      json: 'Selostetiedosto (JSON): koko seloste, sen siirtämiseen toiseen ROPAan.',
    },
    language: 'Viennin kieli',
    languageHint: 'Otsikot, nimikkeet ja viitearvot. Oletuksena on organisaation kieli.',
    delimiter: 'Kenttien erotin',
    delimiterHint:
      'Taulukko-ohjelma, jonka kieliasetus kirjoittaa desimaalit pilkulla (suomi, ruotsi, tanska, saksa, ranska), odottaa puolipistettä.',
    delimiters: {
      semicolon: 'Puolipiste (;)',
      comma: 'Pilkku (,)',
      tab: 'Sarkain',
    },
    sections: 'Sisällytä',
    sectionsHint: 'Kansilehti tulee aina mukaan.',
    sectionsFixed: 'Tämän muodon sisältö on aina sama.',
    section: {
      controllerRecord: 'Rekisterinpitäjän seloste (30 artiklan 1 kohta)',
      processorRecord: 'Käsittelijän seloste (30 artiklan 2 kohta)',
      parties: 'Osapuolet',
      transfers: 'Siirrot',
      securityMeasures: 'Turvatoimet',
      findings: 'Tarkistusten havainnot',
    },
    start: 'Vie',
    cancel: 'Peruuta vienti',
    progress: 'Viedään… {{percent}} %',
    phase: {
      preparing: 'Luetaan selostetta',
      writing: 'Kirjoitetaan tiedostoa',
      saving: 'Tallennetaan ja kirjataan',
      finished: 'Valmis',
    },
    cancelled: 'Vienti peruttiin. Tiedostoa ei kirjoitettu.',
    failed: 'Vienti epäonnistui',
    done: 'Vienti valmis ja kirjattu',
    downloaded: '”{{fileName}}” annettiin selaimellesi: löydät sen selaimen latauksista.',
    showInFolder: 'Näytä kansiossa',
    chooseCancelled: 'Tiedostoa ei valittu, joten mitään ei viety.',
  },
  formats: {
    xlsx: 'Excel (.xlsx)',
    pdf: 'PDF',
    csv: 'CSV',
    json: 'JSON',
    md: 'Markdown',
    html: 'Verkkosivu (HTML)',
    docx: 'Word (.docx)',
  },
  document: {
    notice: 'Tietosuojaseloste',
    noticeFor: 'Tietosuojaseloste: {{audience}}',
  },
}
