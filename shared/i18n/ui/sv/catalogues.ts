import type { cataloguesMessages } from '../catalogues'
import type { Translation } from '../translation'

export const cataloguesSv: Translation<typeof cataloguesMessages> = {
  title: 'Kataloger',
  name: 'Namn',
  usedBy: 'Används av',
  unused: 'Används inte',
  search: 'Sök',
  noMatch: 'Ingen post matchar sökningen.',
  chooseKind: 'Välj typ',
  editNamed: 'Redigera {{name}}',
  deleteNamed: 'Ta bort {{name}}',
  created: '”{{name}}” har skapats',
  saved: '”{{name}}” har sparats',
  parties: {
    title: 'Parter',
    new: 'Ny part',
    edit: 'Redigera part',
    createNew: 'Skapa en ny part…',
    createNamed: 'Skapa parten ”{{name}}”…',
    intro:
      'Personuppgiftsbiträden, gemensamt personuppgiftsansvariga, mottagare, myndigheter och de personuppgiftsansvariga du agerar för som biträde. Partens land avgör om en överföring kräver en skyddsåtgärd.',
    empty:
      'Inga parter ännu. Lägg till de tjänsteleverantörer och andra organisationer som dina behandlingar involverar.',
    dpfHelp:
      'Kontrollera förteckningen över Data Privacy Framework: EU–US-beslutet om adekvat skyddsnivå omfattar endast certifierade organisationer.',
    dpfShort: 'DPF-certifierad',
    dpaHelp: 'Avtalet enligt artikel 28.3, t.ex. dess titel eller nummer',
    dpaColumn: 'Personuppgiftsbiträdesavtal',
    transfersTitle: 'Överföringar utanför EU/EES',
    transfersHelp:
      'Vad avtalet med denna part grundar sig på när personuppgifter lämnar EU/EES (även för ett europeiskt företag med ett amerikanskt moderbolag). Överföringar till denna part som saknar modul eller bedömning bedöms utifrån dessa uppgifter.',
    chooseMechanism: 'Ingen överföring, eller okänt',
    chooseModule: 'Välj modul',
    tiaHelp: 'Lagstiftning och praxis i mottagarlandet har bedömts för överföringar till denna part.',
    dpfCheckedHelp: 'Den dag du senast slog upp parten i förteckningen över Data Privacy Framework.',
    fromLibrary: 'Från leverantörsbiblioteket: {{name}} (uppgifter per {{asOf}})',
    fromLibraryUnknown: 'Från en post i leverantörsbiblioteket som inte längre finns ({{id}})',
  },
  dataSubjectCategories: {
    title: 'Registrerade',
    new: 'Ny kategori av registrerade',
    edit: 'Redigera kategori av registrerade',
    createNew: 'Skapa en ny kategori av registrerade…',
    createNamed: 'Skapa ”{{name}}”…',
    intro: 'Vems personuppgifter som behandlas, t.ex. anställda, kunder, besökare på webbplatsen.',
    empty: 'Inga kategorier av registrerade ännu.',
    namePlaceholder: 't.ex. Anställda',
    vulnerable: 'Sårbara registrerade',
    vulnerableHelp:
      'T.ex. barn, anställda, patienter: personer med mindre möjlighet att invända (ett kriterium vid bedömningen av om en konsekvensbedömning behövs).',
    vulnerableShort: 'Sårbara',
  },
  dataCategories: {
    title: 'Kategorier av personuppgifter',
    new: 'Ny kategori av personuppgifter',
    edit: 'Redigera kategori av personuppgifter',
    createNew: 'Skapa en ny kategori av personuppgifter…',
    createNamed: 'Skapa ”{{name}}”…',
    intro:
      'De slags personuppgifter som behandlas. Markera särskilda kategorier (artikel 9), uppgifter om lagöverträdelser (artikel 10) och nationella identifikationsnummer: de kräver mer än en grund enligt artikel 6.',
    empty: 'Inga kategorier av personuppgifter ännu.',
    namePlaceholder: 't.ex. Kontaktuppgifter',
    specialHelp:
      'Särskilda kategorier kräver ett undantag enligt artikel 9.2; uppgifter om lagöverträdelser ett stöd enligt artikel 10.',
    retentionPlaceholder: 't.ex. 6 år efter anställningens slut',
    retentionHelp:
      'Behandlingar som inte anger någon tidsfrist för kategorin använder denna; varje behandling kan ange en egen.',
  },
  securityMeasures: {
    title: 'Säkerhetsåtgärder',
    new: 'Ny säkerhetsåtgärd',
    edit: 'Redigera säkerhetsåtgärd',
    createNew: 'Skapa en ny säkerhetsåtgärd…',
    createNamed: 'Skapa åtgärden ”{{name}}”…',
    intro:
      'De tekniska och organisatoriska åtgärder som skyddar uppgifterna (artikel 32), beskrivna en gång och använda av varje behandling de skyddar.',
    empty: 'Inga säkerhetsåtgärder ännu.',
    namePlaceholder: 't.ex. Kryptering av lagrade uppgifter',
  },
  delete: {
    title: 'Ta bort ”{{name}}”?',
    unused:
      'Ingen behandling använder denna post. Den tas bort från katalogen och hamnar i organisationens papperskorg, varifrån den kan återställas.',
    inUseTitle_one: '”{{name}}” används av 1 behandling',
    inUseTitle_other: '”{{name}}” används av {{count}} behandlingar',
    inUseBody_one:
      'Den kan inte tas bort så länge denna behandling använder den. Ta bort den där, eller ersätt den med en annan post och ta sedan bort den:',
    inUseBody_other:
      'Den kan inte tas bort så länge dessa {{count}} behandlingar använder den. Ta bort den där, eller ersätt den med en annan post i alla och ta sedan bort den:',
    more: 'och {{count}} till',
    replaceWith: 'Ersätt med',
    replaceWithHelp: 'Varje behandling ovan kommer att använda denna post i stället för ”{{name}}”.',
    replacePlaceholder: 'Välj en post',
    noOther: 'Ingen annan post i denna katalog',
    replaceAndDelete: 'Ersätt och ta bort',
    done: '”{{name}}” har tagits bort',
    replaced_one: '”{{name}}” har ersatts i 1 behandling och tagits bort',
    replaced_other: '”{{name}}” har ersatts i {{count}} behandlingar och tagits bort',
  },
}
