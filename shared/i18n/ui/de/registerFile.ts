import type { registerFileMessages } from '../registerFile'
import type { Translation } from '../translation'

export const registerFileDe: Translation<typeof registerFileMessages> = {
  export: 'JSON exportieren',
  exported: '{{fileName}} gespeichert',
  import: 'Verzeichnisdatei importieren (.json)…',
  imported_one: '{{name}} mit 1 Verarbeitungstätigkeit importiert',
  imported_other: '{{name}} mit {{count}} Verarbeitungstätigkeiten importiert',
  replaced_one: '{{name}} durch das importierte Verzeichnis ersetzt (1 Verarbeitungstätigkeit)',
  replaced_other: '{{name}} durch das importierte Verzeichnis ersetzt ({{count}} Verarbeitungstätigkeiten)',
  notJson: '{{file}} ist keine gültige JSON-Datei, daher wurde nichts importiert: {{reason}}',
  refusedTitle: 'Das Verzeichnis wurde nicht importiert',
  problems: 'Probleme in der Datei',
  wholeDocument: '(das Dokument)',
  nothingChanged:
    'Im Arbeitsbereich wurde nichts geändert. Korrigieren Sie die Datei und importieren Sie sie erneut.',
  clashTitle: 'Eine Organisation namens „{{name}}“ gibt es bereits',
  clashQuestion: 'Was soll geschehen?',
  importAsNew: 'Als neue Organisation unter anderem Namen importieren',
  newName: 'Name der importierten Organisation',
  sameName: 'Wählen Sie einen anderen Namen als den der bestehenden Organisation',
  importedSuffix: 'importiert',
  replaceExisting: '„{{name}}“ durch das importierte Verzeichnis ersetzen',
  replaceWarning:
    'Alles, was jetzt für „{{name}}“ erfasst ist, wird gelöscht und durch den Inhalt der Datei ersetzt.',
  replaceButton: 'Ersetzen',
  importButton: 'Importieren',
}
