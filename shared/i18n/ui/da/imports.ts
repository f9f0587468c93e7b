import type { importsMessages } from '../imports'
import type { Translation } from '../translation'

export const importsDa: Translation<typeof importsMessages> = {
  title: 'Importér en fortegnelse',
  intro:
    'Hent en fortegnelse ind, som du fører i Excel eller CSV, eller en projektmappe eksporteret af ROPA. Intet gemmes, før du bekræfter.',
  open: 'Importér et regneark…',
  file: 'Regneark',
  fileHint:
    'Excel-projektmappe (.xlsx) eller CSV-fil. En projektmappe eksporteret af ROPA kommer tilbage præcis, som den blev eksporteret.',
  reading: 'Læser filen…',
  layout: {
    label: 'Genkendt som',
    ropa: 'En projektmappe eksporteret af ROPA',
    ico: 'ICO’s dokumentationsskabelon',
    cnil: 'En fortegnelse efter CNIL’s model',
    dsk: 'En fortegnelse efter DSK’s model',
    generic: 'En fortegnelse i et regneark',
  },
  ropaExact:
    'Fortegnelsen importeres præcis, som den blev eksporteret, med alle dens parter, kataloger og overførsler.',
  ropaEdited: 'Nogle celler blev ændret i Excel efter eksporten (vist nedenfor).',
  readVisible: 'Læs de synlige ark i stedet',
  sheets: 'Ark, der skal importeres',
  sheetsHint: 'Overskriftsrække {{row}} blev fundet på det valgte ark.',
  headerRow: 'overskriftsrække {{row}}',
  labelColumn: 'etiketter i kolonne {{column}}',
  organisationName: 'Organisation',
  organisationHint: 'Læst fra filens kontaktoplysninger. Ændr det for at importere under et andet navn.',
  organisationMissing: 'Filen oplyser ikke, hvis fortegnelse det er: angiv organisationens navn.',
  mapping: {
    title: 'Kolonner',
    intro:
      'Hver kolonne i filen og det felt i fortegnelsen, den overføres til. Ændr et felt for at rette forslaget, eller vælg ”Importeres ikke”.',
    column: 'Kolonne i filen',
    sample: 'Første værdi',
    field: 'Felt i fortegnelsen',
    fieldFor: 'Felt i fortegnelsen for ”{{heading}}”',
    confidence: 'Træfsikkerhed',
    none: 'Importeres ikke',
    suggested: 'foreslået',
    saved: 'Gemte tilknytninger',
    apply: 'Brug en gemt tilknytning',
    saveAs: 'Gem denne tilknytning som',
    save: 'Gem tilknytningen',
    savedDone: 'Tilknytningen ”{{name}}” er gemt',
    delete: 'Slet gemt tilknytning',
    deleted: 'Tilknytningen er slettet',
  },
  confidence: {
    high: 'Sikker',
    medium: 'Sandsynlig',
    low: 'Gæt',
    manual: 'Valgt',
  },
  preview: {
    title: 'Forhåndsvisning',
    intro: 'De første behandlingsaktiviteter, som de vil blive gemt.',
    counts:
      '{{activities}} behandlingsaktiviteter, {{dataSubjectCategories}} kategorier af registrerede, {{dataCategories}} kategorier af personoplysninger, {{securityMeasures}} sikkerhedsforanstaltninger, {{parties}} parter',
    source: 'Fra',
    row: '{{sheet}}, række {{row}}',
    empty:
      'Ingen behandlingsaktivitet kan læses med denne tilknytning. Knyt en kolonne til ”Behandlingsaktivitet” eller ”Formålene med behandlingen”.',
    more: 'og {{count}} mere',
  },
  problems: {
    title: 'Celler, der ikke kan læses ({{count}})',
    none: 'Alle celler kunne læses.',
    where: 'Hvor',
    message: 'Problem',
    at: '{{sheet}} {{column}}{{row}}',
    error: 'Importeres ikke',
    warning: 'Kontrollér',
  },
  confirm: 'Importér {{count}} behandlingsaktiviteter',
  done: '”{{name}}” importeret: {{count}} behandlingsaktiviteter',
  conflict: {
    title: 'Der findes en organisation med dette navn',
    body: 'Der findes allerede en organisation ved navn ”{{name}}”. Erstat den med den importerede fortegnelse, eller importér under et andet navn.',
    replace: 'Erstat den',
    rename: 'Importér under et andet navn',
    newName: 'Nyt navn',
    cancel: 'Annuller',
  },
  startOver: 'Vælg en anden fil',
}
