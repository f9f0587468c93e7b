import type { importsMessages } from '../imports'
import type { Translation } from '../translation'

export const importsFr: Translation<typeof importsMessages> = {
  title: 'Importer un registre',
  intro:
    'Reprenez un registre tenu dans Excel ou en CSV, ou un classeur exporté par ROPA. Rien n’est enregistré avant votre confirmation.',
  open: 'Importer un tableur…',
  file: 'Tableur',
  fileHint:
    'Classeur Excel (.xlsx) ou fichier CSV. Un classeur exporté par ROPA revient exactement tel qu’il a été exporté.',
  reading: 'Lecture du fichier…',
  layout: {
    label: 'Reconnu comme',
    ropa: 'Un classeur exporté par ROPA',
    ico: 'Le modèle de documentation de l’ICO',
    cnil: 'Un registre sur le modèle de la CNIL',
    dsk: 'Un registre sur le modèle de la DSK',
    generic: 'Un registre sous forme de tableur',
  },
  ropaExact:
    'Le registre sera importé exactement tel qu’il a été exporté, avec tous ses tiers, référentiels et transferts.',
  ropaEdited: 'Certaines cellules ont été modifiées dans Excel après l’export (listées ci-dessous).',
  readVisible: 'Lire plutôt les feuilles visibles',
  sheets: 'Feuilles à importer',
  sheetsHint: 'La ligne d’en-tête {{row}} a été trouvée sur la feuille choisie.',
  headerRow: 'ligne d’en-tête {{row}}',
  labelColumn: 'libellés dans la colonne {{column}}',
  organisationName: 'Organisme',
  organisationHint: 'Lu dans le bloc de coordonnées du fichier. Modifiez-le pour importer sous un autre nom.',
  organisationMissing:
    'Le fichier n’indique pas à qui appartient le registre : saisissez le nom de l’organisme.',
  mapping: {
    title: 'Colonnes',
    intro:
      'Chaque colonne du fichier et le champ du registre où elle sera reprise. Changez un champ pour corriger la proposition, ou choisissez « Non importé ».',
    column: 'Colonne du fichier',
    sample: 'Première valeur',
    field: 'Champ du registre',
    fieldFor: 'Champ du registre pour « {{heading}} »',
    confidence: 'Correspondance',
    none: 'Non importé',
    suggested: 'proposé',
    saved: 'Correspondances enregistrées',
    apply: 'Utiliser une correspondance enregistrée',
    saveAs: 'Enregistrer cette correspondance sous',
    save: 'Enregistrer la correspondance',
    savedDone: 'Correspondance « {{name}} » enregistrée',
    delete: 'Supprimer la correspondance enregistrée',
    deleted: 'Correspondance supprimée',
  },
  confidence: {
    high: 'Certaine',
    medium: 'Probable',
    low: 'Supposée',
    manual: 'Choisie',
  },
  preview: {
    title: 'Aperçu',
    intro: 'Les premières activités telles qu’elles seront enregistrées.',
    counts:
      '{{activities}} activités, {{dataSubjectCategories}} catégories de personnes concernées, {{dataCategories}} catégories de données, {{securityMeasures}} mesures de sécurité, {{parties}} tiers',
    source: 'Provenance',
    row: '{{sheet}}, ligne {{row}}',
    empty:
      'Aucune activité ne peut être lue avec cette correspondance. Associez une colonne à « Activité de traitement » ou à « Finalités du traitement ».',
    more: 'et {{count}} autres',
  },
  problems: {
    title: 'Cellules illisibles ({{count}})',
    none: 'Toutes les cellules ont pu être lues.',
    where: 'Emplacement',
    message: 'Problème',
    at: '{{sheet}} {{column}}{{row}}',
    error: 'Non importé',
    warning: 'À vérifier',
  },
  confirm: 'Importer {{count}} activités',
  done: '« {{name}} » importé : {{count}} activités',
  conflict: {
    title: 'Un organisme de ce nom existe',
    body: 'Un organisme nommé « {{name}} » existe déjà. Remplacez-le par le registre importé, ou importez sous un autre nom.',
    replace: 'Le remplacer',
    rename: 'Importer sous un autre nom',
    newName: 'Nouveau nom',
    cancel: 'Annuler',
  },
  startOver: 'Choisir un autre fichier',
}
