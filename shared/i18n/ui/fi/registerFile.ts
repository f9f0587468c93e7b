import type { registerFileMessages } from '../registerFile'
import type { Translation } from '../translation'

export const registerFileFi: Translation<typeof registerFileMessages> = {
  export: 'Vie JSON',
  exported: '{{fileName}} tallennettu',
  import: 'Tuo selostetiedosto (.json)…',
  imported_one: '{{name}} tuotu, 1 käsittelytoimi',
  imported_other: '{{name}} tuotu, {{count}} käsittelytointa',
  replaced_one: '{{name}} korvattu tuodulla selosteella (1 käsittelytoimi)',
  replaced_other: '{{name}} korvattu tuodulla selosteella ({{count}} käsittelytointa)',
  notJson: '{{file}} ei ole kelvollinen JSON-tiedosto, joten mitään ei tuotu: {{reason}}',
  refusedTitle: 'Selostetta ei tuotu',
  problems: 'Tiedoston ongelmat',
  wholeDocument: '(koko asiakirja)',
  nothingChanged: 'Työtilaan ei tehty muutoksia. Korjaa tiedosto ja tuo se uudelleen.',
  clashTitle: 'Organisaatio nimeltä ”{{name}}” on jo olemassa',
  clashQuestion: 'Mitä tehdään?',
  importAsNew: 'Tuo uutena organisaationa toisella nimellä',
  newName: 'Tuotavan organisaation nimi',
  sameName: 'Valitse eri nimi kuin olemassa olevalla organisaatiolla',
  importedSuffix: 'tuotu',
  replaceExisting: 'Korvaa ”{{name}}” tuodulla selosteella',
  replaceWarning:
    'Kaikki organisaatiolle ”{{name}}” nyt kirjattu poistetaan ja korvataan tiedoston sisällöllä.',
  replaceButton: 'Korvaa',
  importButton: 'Tuo',
}
