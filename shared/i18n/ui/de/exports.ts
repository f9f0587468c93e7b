import type { exportsMessages } from '../exports'
import type { Translation } from '../translation'

export const exportsDe: Translation<typeof exportsMessages> = {
  title: 'Exporte',
  intro:
    'Was für diese Organisation exportiert wurde und wann. Der SHA-256 jeder Datei belegt genau, welche Fassung Sie übermittelt haben.',
  new: 'Neuer Export',
  empty:
    'Noch nichts exportiert. Erstellen Sie den ersten Export, wenn eine Behörde das Verzeichnis anfordert.',
  table: {
    when: 'Exportiert',
    format: 'Format',
    language: 'Sprache',
    file: 'Datei',
    sha256: 'SHA-256',
    size: 'Größe',
    activities: 'Verarbeitungstätigkeiten',
    actor: 'Von',
  },
  dialog: {
    title: 'Verzeichnis exportieren',
    format: 'Format',
    formatHint: {
      xlsx: 'Excel-Arbeitsmappe: ein Blatt je Teil des Verzeichnisses, zum Filtern und Drucken bereit.',
      pdf: 'PDF: Deckblatt, Inhaltsverzeichnis und eine Seite je Verarbeitungstätigkeit, zum Versand, wie es ist.',
      csv: 'CSV: beide Verzeichnisse als eine Tabelle, eine Zeile je Verarbeitungstätigkeit, für andere Werkzeuge.',
      json: 'Verzeichnisdokument (JSON): das gesamte Verzeichnis, um es in ein anderes ROPA zu übernehmen.',
    },
    language: 'Sprache des Exports',
    languageHint:
      'Überschriften, Bezeichnungen und Referenzwerte. Standardmäßig ist die Sprache der Organisation gewählt.',
    delimiter: 'Feldtrennzeichen',
    delimiterHint:
      'Eine Tabellenkalkulation, die auf eine Sprache mit Dezimalkomma eingestellt ist (Finnisch, Schwedisch, Dänisch, Deutsch, Französisch), erwartet ein Semikolon.',
    delimiters: {
      semicolon: 'Semikolon (;)',
      comma: 'Komma (,)',
      tab: 'Tabulator',
    },
    sections: 'Enthalten',
    sectionsHint: 'Das Deckblatt ist immer enthalten.',
    sectionsFixed: 'Dieses Format hat immer denselben Inhalt.',
    section: {
      controllerRecord: 'Verzeichnis des Verantwortlichen (Art. 30 Abs. 1)',
      processorRecord: 'Verzeichnis des Auftragsverarbeiters (Art. 30 Abs. 2)',
      parties: 'Beteiligte',
      transfers: 'Übermittlungen',
      securityMeasures: 'Technische und organisatorische Maßnahmen',
      findings: 'Feststellungen der Prüfungen',
    },
    start: 'Exportieren',
    cancel: 'Export abbrechen',
    progress: 'Export läuft… {{percent}} %',
    phase: {
      preparing: 'Verzeichnis wird gelesen',
      writing: 'Datei wird geschrieben',
      saving: 'Speichern und protokollieren',
      finished: 'Fertig',
    },
    cancelled: 'Der Export wurde abgebrochen. Es wurde keine Datei geschrieben.',
    failed: 'Der Export ist fehlgeschlagen',
    done: 'Export abgeschlossen und protokolliert',
    downloaded:
      '„{{fileName}}“ wurde an Ihren Browser übergeben: Sie finden die Datei unter seinen Downloads.',
    showInFolder: 'Im Ordner anzeigen',
    chooseCancelled: 'Es wurde keine Datei gewählt, daher wurde nichts exportiert.',
  },
  formats: {
    xlsx: 'Excel (.xlsx)',
    pdf: 'PDF',
    csv: 'CSV',
    json: 'JSON',
    md: 'Markdown',
    html: 'Webseite (HTML)',
    docx: 'Word (.docx)',
  },
  document: {
    notice: 'Datenschutzhinweise',
    noticeFor: 'Datenschutzhinweise: {{audience}}',
  },
}
