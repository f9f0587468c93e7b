import type { importsMessages } from '../imports'
import type { Translation } from '../translation'

export const importsSv: Translation<typeof importsMessages> = {
  title: 'Importera ett register',
  intro:
    'Ta in ett register som du för i Excel eller CSV, eller en arbetsbok som exporterats av ROPA. Inget sparas förrän du bekräftar.',
  open: 'Importera ett kalkylark…',
  file: 'Kalkylark',
  fileHint:
    'Excel-arbetsbok (.xlsx) eller CSV-fil. En arbetsbok som exporterats av ROPA kommer tillbaka exakt som den exporterades.',
  reading: 'Läser filen…',
  layout: {
    label: 'Igenkänd som',
    ropa: 'En arbetsbok exporterad av ROPA',
    ico: 'ICO:s dokumentationsmall',
    cnil: 'Ett register enligt CNIL:s modell',
    dsk: 'Ett register enligt DSK:s modell',
    generic: 'Ett register i kalkylark',
  },
  ropaExact:
    'Registret importeras exakt som det exporterades, med alla sina parter, kataloger och överföringar.',
  ropaEdited: 'Några celler ändrades i Excel efter exporten (listade nedan).',
  readVisible: 'Läs de synliga bladen i stället',
  sheets: 'Blad att importera',
  sheetsHint: 'Rubrikrad {{row}} hittades på det valda bladet.',
  headerRow: 'rubrikrad {{row}}',
  labelColumn: 'etiketter i kolumn {{column}}',
  organisationName: 'Organisation',
  organisationHint: 'Läst ur filens kontaktuppgifter. Ändra för att importera under ett annat namn.',
  organisationMissing: 'Filen anger inte vems register det är: ange organisationens namn.',
  mapping: {
    title: 'Kolumner',
    intro:
      'Varje kolumn i filen och det registerfält den hamnar i. Ändra ett fält för att rätta förslaget, eller välj ”Importeras inte”.',
    column: 'Kolumn i filen',
    sample: 'Första värdet',
    field: 'Registerfält',
    fieldFor: 'Registerfält för ”{{heading}}”',
    confidence: 'Träff',
    none: 'Importeras inte',
    suggested: 'föreslagen',
    saved: 'Sparade mappningar',
    apply: 'Använd en sparad mappning',
    saveAs: 'Spara denna mappning som',
    save: 'Spara mappningen',
    savedDone: 'Mappningen ”{{name}}” har sparats',
    delete: 'Ta bort sparad mappning',
    deleted: 'Mappningen har tagits bort',
  },
  confidence: {
    high: 'Säker',
    medium: 'Trolig',
    low: 'Gissning',
    manual: 'Vald',
  },
  preview: {
    title: 'Förhandsvisning',
    intro: 'De första behandlingarna så som de kommer att sparas.',
    counts:
      '{{activities}} behandlingar, {{dataSubjectCategories}} kategorier av registrerade, {{dataCategories}} kategorier av personuppgifter, {{securityMeasures}} säkerhetsåtgärder, {{parties}} parter',
    source: 'Från',
    row: '{{sheet}}, rad {{row}}',
    empty:
      'Ingen behandling kan läsas med denna mappning. Koppla en kolumn till ”Behandling” eller ”Ändamålen med behandlingen”.',
    more: 'och {{count}} till',
  },
  problems: {
    title: 'Celler som inte kan läsas ({{count}})',
    none: 'Varje cell kunde läsas.',
    where: 'Var',
    message: 'Problem',
    at: '{{sheet}} {{column}}{{row}}',
    error: 'Importeras inte',
    warning: 'Kontrollera',
  },
  confirm: 'Importera {{count}} behandlingar',
  done: '”{{name}}” importerad: {{count}} behandlingar',
  conflict: {
    title: 'Det finns en organisation med detta namn',
    body: 'Det finns redan en organisation som heter ”{{name}}”. Ersätt den med det importerade registret, eller importera under ett annat namn.',
    replace: 'Ersätt den',
    rename: 'Importera under ett annat namn',
    newName: 'Nytt namn',
    cancel: 'Avbryt',
  },
  startOver: 'Välj en annan fil',
}
