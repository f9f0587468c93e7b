import type { registerFileMessages } from '../registerFile'
import type { Translation } from '../translation'

export const registerFileFr: Translation<typeof registerFileMessages> = {
  export: 'Exporter en JSON',
  exported: '{{fileName}} enregistré',
  import: 'Importer un fichier de registre (.json)…',
  imported_one: '{{name}} importé avec 1 activité',
  imported_other: '{{name}} importé avec {{count}} activités',
  replaced_one: '{{name}} remplacé par le registre importé (1 activité)',
  replaced_other: '{{name}} remplacé par le registre importé ({{count}} activités)',
  notJson: '{{file}} n’est pas un fichier JSON valide, rien n’a donc été importé : {{reason}}',
  refusedTitle: 'Le registre n’a pas été importé',
  problems: 'Problèmes dans le fichier',
  wholeDocument: '(le document)',
  nothingChanged:
    'Rien n’a été modifié dans l’espace de travail. Corrigez le fichier et importez-le de nouveau.',
  clashTitle: 'Un organisme nommé « {{name}} » existe déjà',
  clashQuestion: 'Que faire ?',
  importAsNew: 'L’importer comme nouvel organisme sous un autre nom',
  newName: 'Nom de l’organisme importé',
  sameName: 'Choisissez un autre nom que celui de l’organisme existant',
  importedSuffix: 'importé',
  replaceExisting: 'Remplacer « {{name}} » par le registre importé',
  replaceWarning:
    'Tout ce qui est actuellement inscrit pour « {{name}} » est supprimé et remplacé par le contenu du fichier.',
  replaceButton: 'Remplacer',
  importButton: 'Importer',
}
