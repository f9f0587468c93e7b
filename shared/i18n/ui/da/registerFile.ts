import type { registerFileMessages } from '../registerFile'
import type { Translation } from '../translation'

export const registerFileDa: Translation<typeof registerFileMessages> = {
  export: 'Eksportér JSON',
  exported: '{{fileName}} er gemt',
  import: 'Importér en fortegnelsesfil (.json)…',
  imported_one: '{{name}} importeret med 1 behandlingsaktivitet',
  imported_other: '{{name}} importeret med {{count}} behandlingsaktiviteter',
  replaced_one: '{{name}} erstattet med den importerede fortegnelse (1 behandlingsaktivitet)',
  replaced_other: '{{name}} erstattet med den importerede fortegnelse ({{count}} behandlingsaktiviteter)',
  notJson: '{{file}} er ikke en gyldig JSON-fil, så intet blev importeret: {{reason}}',
  refusedTitle: 'Fortegnelsen blev ikke importeret',
  problems: 'Problemer i filen',
  wholeDocument: '(dokumentet)',
  nothingChanged: 'Intet blev ændret i arbejdsområdet. Ret filen, og importér den igen.',
  clashTitle: 'Der findes allerede en organisation ved navn ”{{name}}”',
  clashQuestion: 'Hvad skal der ske?',
  importAsNew: 'Importér den som en ny organisation under et andet navn',
  newName: 'Navn på den importerede organisation',
  sameName: 'Vælg et andet navn end den eksisterende organisations',
  importedSuffix: 'importeret',
  replaceExisting: 'Erstat ”{{name}}” med den importerede fortegnelse',
  replaceWarning: 'Alt, hvad der nu er registreret for ”{{name}}”, slettes og erstattes af filens indhold.',
  replaceButton: 'Erstat',
  importButton: 'Importér',
}
