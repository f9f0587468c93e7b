import type { exportsMessages } from '../exports'
import type { Translation } from '../translation'

export const exportsSv: Translation<typeof exportsMessages> = {
  title: 'Exporter',
  intro:
    'Vad som har exporterats för denna organisation och när. Varje fils SHA-256 visar exakt vilken version du skickade.',
  new: 'Ny export',
  empty: 'Inget har exporterats ännu. Gör den första exporten när en myndighet begär registret.',
  table: {
    when: 'Exporterad',
    format: 'Format',
    language: 'Språk',
    file: 'Fil',
    sha256: 'SHA-256',
    size: 'Storlek',
    activities: 'Behandlingar',
    actor: 'Av',
  },
  dialog: {
    title: 'Exportera registret',
    format: 'Format',
    formatHint: {
      xlsx: 'Excel-arbetsbok: ett blad per del av registret, redo att filtrera och skriva ut.',
      pdf: 'PDF: ett försättsblad, en innehållsförteckning och en sida per behandling, att skicka som den är.',
      csv: 'CSV: båda registren som en tabell, en rad per behandling, för andra verktyg.',
      json: 'Registerdokument (JSON): hela registret, för att flytta det till en annan ROPA.',
    },
    language: 'Exportens språk',
    languageHint: 'Rubriker, etiketter och referensvärden. Organisationens språk väljs som standard.',
    delimiter: 'Fältavgränsare',
    delimiterHint:
      'Ett kalkylprogram inställt på ett språk som skriver decimaler med komma (finska, svenska, danska, tyska, franska) väntar sig semikolon.',
    delimiters: {
      semicolon: 'Semikolon (;)',
      comma: 'Komma (,)',
      tab: 'Tabb',
    },
    sections: 'Ta med',
    sectionsHint: 'Försättsbladet tas alltid med.',
    sectionsFixed: 'Detta format har alltid samma innehåll.',
    section: {
      controllerRecord: 'Den personuppgiftsansvariges register (artikel 30.1)',
      processorRecord: 'Personuppgiftsbiträdets register (artikel 30.2)',
      parties: 'Parter',
      transfers: 'Överföringar',
      securityMeasures: 'Säkerhetsåtgärder',
      findings: 'Kontrollernas iakttagelser',
    },
    start: 'Exportera',
    cancel: 'Avbryt exporten',
    progress: 'Exporterar… {{percent}} %',
    phase: {
      preparing: 'Läser registret',
      writing: 'Skriver filen',
      saving: 'Sparar och registrerar',
      finished: 'Klar',
    },
    cancelled: 'Exporten avbröts. Ingen fil skrevs.',
    failed: 'Exporten misslyckades',
    done: 'Exporten är klar och registrerad',
    downloaded: '”{{fileName}}” lämnades till webbläsaren: du hittar den bland dess nedladdningar.',
    showInFolder: 'Visa i mappen',
    chooseCancelled: 'Ingen fil valdes, så inget exporterades.',
  },
  formats: {
    xlsx: 'Excel (.xlsx)',
    pdf: 'PDF',
    csv: 'CSV',
    json: 'JSON',
    md: 'Markdown',
    html: 'Webbsida (HTML)',
    docx: 'Word (.docx)',
  },
  document: {
    notice: 'Integritetspolicy',
    noticeFor: 'Integritetspolicy: {{audience}}',
  },
}
