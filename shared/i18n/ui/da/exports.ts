import type { exportsMessages } from '../exports'
import type { Translation } from '../translation'

export const exportsDa: Translation<typeof exportsMessages> = {
  title: 'Eksporter',
  intro:
    'Hvad der er eksporteret for denne organisation, og hvornår. Hver fils SHA-256 viser præcis, hvilken version du sendte.',
  new: 'Ny eksport',
  empty: 'Intet er eksporteret endnu. Lav den første eksport, når en myndighed beder om fortegnelsen.',
  table: {
    when: 'Eksporteret',
    format: 'Format',
    language: 'Sprog',
    file: 'Fil',
    sha256: 'SHA-256',
    size: 'Størrelse',
    activities: 'Behandlingsaktiviteter',
    actor: 'Af',
  },
  dialog: {
    title: 'Eksportér fortegnelsen',
    format: 'Format',
    formatHint: {
      xlsx: 'Excel-projektmappe: et ark pr. del af fortegnelsen, klar til at filtrere og udskrive.',
      pdf: 'PDF: en forside, en indholdsfortegnelse og en side pr. behandlingsaktivitet, klar til at sende, som den er.',
      csv: 'CSV: begge fortegnelser som én tabel, en række pr. behandlingsaktivitet, til andre værktøjer.',
      json: 'Fortegnelsesdokument (JSON): hele fortegnelsen, til at flytte den til en anden ROPA.',
    },
    language: 'Eksportens sprog',
    languageHint: 'Overskrifter, etiketter og referenceværdier. Organisationens sprog vælges som standard.',
    delimiter: 'Feltadskiller',
    delimiterHint:
      'Et regnearksprogram, der er indstillet til et sprog, som skriver decimaler med komma (finsk, svensk, dansk, tysk, fransk), forventer semikolon.',
    delimiters: {
      semicolon: 'Semikolon (;)',
      comma: 'Komma (,)',
      tab: 'Tabulator',
    },
    sections: 'Medtag',
    sectionsHint: 'Forsiden medtages altid.',
    sectionsFixed: 'Dette format har altid det samme indhold.',
    section: {
      controllerRecord: 'Den dataansvarliges fortegnelse (artikel 30, stk. 1)',
      processorRecord: 'Databehandlerens fortegnelse (artikel 30, stk. 2)',
      parties: 'Parter',
      transfers: 'Overførsler',
      securityMeasures: 'Sikkerhedsforanstaltninger',
      findings: 'Kontrollernes bemærkninger',
    },
    start: 'Eksportér',
    cancel: 'Annuller eksporten',
    progress: 'Eksporterer… {{percent}} %',
    phase: {
      preparing: 'Læser fortegnelsen',
      writing: 'Skriver filen',
      saving: 'Gemmer og registrerer',
      finished: 'Færdig',
    },
    cancelled: 'Eksporten blev annulleret. Ingen fil blev skrevet.',
    failed: 'Eksporten mislykkedes',
    done: 'Eksporten er færdig og registreret',
    downloaded: '”{{fileName}}” blev givet til din browser: du finder den blandt dens overførsler.',
    showInFolder: 'Vis i mappe',
    chooseCancelled: 'Der blev ikke valgt en fil, så intet blev eksporteret.',
  },
  formats: {
    xlsx: 'Excel (.xlsx)',
    pdf: 'PDF',
    csv: 'CSV',
    json: 'JSON',
    md: 'Markdown',
    html: 'Webside (HTML)',
    docx: 'Word (.docx)',
  },
  document: {
    notice: 'Privatlivspolitik',
    noticeFor: 'Privatlivspolitik: {{audience}}',
  },
}
