import type { importsMessages } from '../imports'
import type { Translation } from '../translation'

export const importsDe: Translation<typeof importsMessages> = {
  title: 'Verzeichnis importieren',
  intro:
    'Übernehmen Sie ein Verzeichnis, das Sie in Excel oder als CSV führen, oder eine von ROPA exportierte Arbeitsmappe. Gespeichert wird erst, wenn Sie bestätigen.',
  open: 'Tabelle importieren…',
  file: 'Tabelle',
  fileHint:
    'Excel-Arbeitsmappe (.xlsx) oder CSV-Datei. Eine von ROPA exportierte Arbeitsmappe kommt genau so zurück, wie sie exportiert wurde.',
  reading: 'Datei wird gelesen…',
  layout: {
    label: 'Erkannt als',
    ropa: 'Eine von ROPA exportierte Arbeitsmappe',
    ico: 'Die Dokumentationsvorlage des ICO',
    cnil: 'Ein Verzeichnis nach dem Muster der CNIL',
    dsk: 'Ein Verzeichnis nach dem Muster der DSK',
    generic: 'Ein Verzeichnis in Tabellenform',
  },
  ropaExact:
    'Das Verzeichnis wird genau so importiert, wie es exportiert wurde, mit allen Beteiligten, Katalogen und Übermittlungen.',
  ropaEdited: 'Einige Zellen wurden nach dem Export in Excel geändert (unten aufgeführt).',
  readVisible: 'Stattdessen die sichtbaren Blätter lesen',
  sheets: 'Zu importierende Blätter',
  sheetsHint: 'Auf dem gewählten Blatt wurde Kopfzeile {{row}} gefunden.',
  headerRow: 'Kopfzeile {{row}}',
  labelColumn: 'Bezeichnungen in Spalte {{column}}',
  organisationName: 'Organisation',
  organisationHint:
    'Aus dem Kontaktblock der Datei gelesen. Ändern Sie den Namen, um unter einem anderen zu importieren.',
  organisationMissing:
    'Die Datei sagt nicht, wessen Verzeichnis sie ist: Geben Sie den Namen der Organisation ein.',
  mapping: {
    title: 'Spalten',
    intro:
      'Jede Spalte der Datei und das Feld des Verzeichnisses, in das sie übernommen wird. Ändern Sie ein Feld, um den Vorschlag zu korrigieren, oder wählen Sie „Nicht importiert“.',
    column: 'Spalte in der Datei',
    sample: 'Erster Wert',
    field: 'Feld im Verzeichnis',
    fieldFor: 'Feld im Verzeichnis für „{{heading}}“',
    confidence: 'Treffer',
    none: 'Nicht importiert',
    suggested: 'vorgeschlagen',
    saved: 'Gespeicherte Zuordnungen',
    apply: 'Gespeicherte Zuordnung verwenden',
    saveAs: 'Diese Zuordnung speichern als',
    save: 'Zuordnung speichern',
    savedDone: 'Zuordnung „{{name}}“ gespeichert',
    delete: 'Gespeicherte Zuordnung löschen',
    deleted: 'Zuordnung gelöscht',
  },
  confidence: {
    high: 'Sicher',
    medium: 'Wahrscheinlich',
    low: 'Vermutung',
    manual: 'Gewählt',
  },
  preview: {
    title: 'Vorschau',
    intro: 'Die ersten Verarbeitungstätigkeiten, wie sie gespeichert werden.',
    counts:
      '{{activities}} Verarbeitungstätigkeiten, {{dataSubjectCategories}} Kategorien betroffener Personen, {{dataCategories}} Kategorien personenbezogener Daten, {{securityMeasures}} Maßnahmen, {{parties}} Beteiligte',
    source: 'Aus',
    row: '{{sheet}}, Zeile {{row}}',
    empty:
      'Mit dieser Zuordnung lässt sich keine Verarbeitungstätigkeit lesen. Ordnen Sie eine Spalte „Verarbeitungstätigkeit“ oder „Zwecke der Verarbeitung“ zu.',
    more: 'und {{count}} weitere',
  },
  problems: {
    title: 'Zellen, die nicht gelesen werden können ({{count}})',
    none: 'Jede Zelle konnte gelesen werden.',
    where: 'Wo',
    message: 'Problem',
    at: '{{sheet}} {{column}}{{row}}',
    error: 'Nicht importiert',
    warning: 'Prüfen',
  },
  confirm: '{{count}} Verarbeitungstätigkeiten importieren',
  done: '„{{name}}“ importiert: {{count}} Verarbeitungstätigkeiten',
  conflict: {
    title: 'Eine Organisation dieses Namens gibt es bereits',
    body: 'Eine Organisation namens „{{name}}“ gibt es bereits. Ersetzen Sie sie durch das importierte Verzeichnis oder importieren Sie unter einem anderen Namen.',
    replace: 'Ersetzen',
    rename: 'Unter anderem Namen importieren',
    newName: 'Neuer Name',
    cancel: 'Abbrechen',
  },
  startOver: 'Andere Datei wählen',
}
