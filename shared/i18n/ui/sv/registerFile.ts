import type { registerFileMessages } from '../registerFile'
import type { Translation } from '../translation'

export const registerFileSv: Translation<typeof registerFileMessages> = {
  export: 'Exportera JSON',
  exported: '{{fileName}} har sparats',
  import: 'Importera en registerfil (.json)…',
  imported_one: '{{name}} importerades med 1 behandling',
  imported_other: '{{name}} importerades med {{count}} behandlingar',
  replaced_one: '{{name}} ersattes med det importerade registret (1 behandling)',
  replaced_other: '{{name}} ersattes med det importerade registret ({{count}} behandlingar)',
  notJson: '{{file}} är inte en giltig JSON-fil, så inget importerades: {{reason}}',
  refusedTitle: 'Registret importerades inte',
  problems: 'Problem i filen',
  wholeDocument: '(dokumentet)',
  nothingChanged: 'Ingenting ändrades i arbetsytan. Rätta filen och importera den igen.',
  clashTitle: 'Det finns redan en organisation som heter ”{{name}}”',
  clashQuestion: 'Vad ska hända?',
  importAsNew: 'Importera den som en ny organisation med ett annat namn',
  newName: 'Namn på den importerade organisationen',
  sameName: 'Välj ett annat namn än den befintliga organisationens',
  importedSuffix: 'importerad',
  replaceExisting: 'Ersätt ”{{name}}” med det importerade registret',
  replaceWarning: 'Allt som nu är registrerat för ”{{name}}” tas bort och ersätts med filens innehåll.',
  replaceButton: 'Ersätt',
  importButton: 'Importera',
}
