import type { profileMessages } from '../profile'
import type { Translation } from '../translation'

export const profileDe: Translation<typeof profileMessages> = {
  title: 'Stammdaten der Organisation',
  intro:
    'Name und Kontaktdaten der Organisation, die das Verzeichnis führt, ihres Vertreters und ihres Datenschutzbeauftragten (Art. 30 Abs. 1 lit. a und Abs. 2 lit. a). Jede Verarbeitungstätigkeit des Verzeichnisses verweist darauf.',
  saved: 'Stammdaten von {{name}} gespeichert',
  discard: 'Änderungen verwerfen',
  sections: {
    identity: 'Organisation',
    representative: 'Vertreter in der Union (Art. 27)',
    dpo: 'Datenschutzbeauftragter',
    contactPerson: 'Ansprechpartner für das Verzeichnis',
    authority: 'Aufsichtsbehörde und Exportsprache',
  },
  countryHelp: 'Wo die Organisation niedergelassen ist',
  employeeHelp:
    'Art. 30 Abs. 5: Organisationen mit weniger als 250 Beschäftigten können von der Pflicht zum Führen des Verzeichnisses befreit sein, mit wichtigen Ausnahmen',
  representativeHelp: 'Nur erforderlich, wenn die Organisation außerhalb der EU/des EWR niedergelassen ist.',
  representativeRequired:
    'Die Organisation ist in {{country}} niedergelassen, außerhalb der EU/des EWR: Sie muss schriftlich einen Vertreter in der Union benennen (Art. 27).',
  hasRepresentative: 'Ein Vertreter ist benannt',
  dpoHelp:
    'Erfassen Sie den Datenschutzbeauftragten, wenn einer benannt ist (Art. 37). Das Verzeichnis nennt seine Kontaktdaten.',
  hasDpo: 'Ein Datenschutzbeauftragter ist benannt',
  hasContactPerson: 'Ansprechpartner nennen',
  authorityHelp: 'Die federführende Aufsichtsbehörde, der das Verzeichnis zur Verfügung gestellt wird',
  language: 'Sprache der Exporte',
  languageHelp: 'Überschriften und Bezeichnungen der Excel- und PDF-Exporte',
}
