import type { cataloguesMessages } from '../catalogues'
import type { Translation } from '../translation'

export const cataloguesDa: Translation<typeof cataloguesMessages> = {
  title: 'Kataloger',
  name: 'Navn',
  usedBy: 'Bruges af',
  unused: 'Bruges ikke',
  search: 'Søg',
  noMatch: 'Ingen post matcher søgningen.',
  chooseKind: 'Vælg typen',
  editNamed: 'Rediger {{name}}',
  deleteNamed: 'Slet {{name}}',
  created: '”{{name}}” er oprettet',
  saved: '”{{name}}” er gemt',
  parties: {
    title: 'Parter',
    new: 'Ny part',
    edit: 'Rediger part',
    createNew: 'Opret en ny part…',
    createNamed: 'Opret parten ”{{name}}”…',
    intro:
      'Databehandlere, fælles dataansvarlige, modtagere, myndigheder og de dataansvarlige, du handler for som databehandler. Deres land afgør, om en overførsel kræver en garanti.',
    empty:
      'Ingen parter endnu. Tilføj de tjenesteudbydere og andre organisationer, som dine behandlingsaktiviteter involverer.',
    dpfHelp:
      'Tjek listen over Data Privacy Framework: tilstrækkelighedsafgørelsen for EU-USA omfatter kun certificerede organisationer.',
    dpfShort: 'DPF-certificeret',
    dpaHelp: 'Aftalen efter artikel 28, stk. 3, f.eks. dens titel eller nummer',
    dpaColumn: 'Databehandleraftale',
    transfersTitle: 'Overførsler uden for EU/EØS',
    transfersHelp:
      'Hvad aftalen med denne part bygger på, når personoplysninger forlader EU/EØS (også for en europæisk virksomhed med et amerikansk moderselskab). Overførsler til denne part, hvor modul eller vurdering ikke er angivet, vurderes ud fra disse oplysninger.',
    chooseMechanism: 'Ingen overførsel, eller ukendt',
    chooseModule: 'Vælg modulet',
    tiaHelp: 'Lovgivning og praksis i modtagerlandet er vurderet for overførsler til denne part.',
    dpfCheckedHelp: 'Den dag, du sidst slog parten op på listen over Data Privacy Framework.',
    fromLibrary: 'Fra leverandørbiblioteket: {{name}} (oplysninger pr. {{asOf}})',
    fromLibraryUnknown: 'Fra en post i leverandørbiblioteket, der ikke længere findes ({{id}})',
  },
  dataSubjectCategories: {
    title: 'Registrerede',
    new: 'Ny kategori af registrerede',
    edit: 'Rediger kategori af registrerede',
    createNew: 'Opret en ny kategori af registrerede…',
    createNamed: 'Opret ”{{name}}”…',
    intro:
      'Hvis personoplysninger behandlingsaktiviteterne behandler, f.eks. medarbejdere, kunder, besøgende på webstedet.',
    empty: 'Ingen kategorier af registrerede endnu.',
    namePlaceholder: 'f.eks. Medarbejdere',
    vulnerable: 'Sårbare registrerede',
    vulnerableHelp:
      'F.eks. børn, medarbejdere, patienter: personer med ringere mulighed for at gøre indsigelse (et kriterium ved vurderingen af behovet for en konsekvensanalyse).',
    vulnerableShort: 'Sårbare',
  },
  dataCategories: {
    title: 'Kategorier af personoplysninger',
    new: 'Ny kategori af personoplysninger',
    edit: 'Rediger kategori af personoplysninger',
    createNew: 'Opret en ny kategori af personoplysninger…',
    createNamed: 'Opret ”{{name}}”…',
    intro:
      'De slags personoplysninger, der behandles. Markér særlige kategorier (artikel 9), oplysninger om strafbare forhold (artikel 10) og personnumre: de kræver mere end et grundlag efter artikel 6.',
    empty: 'Ingen kategorier af personoplysninger endnu.',
    namePlaceholder: 'f.eks. Kontaktoplysninger',
    specialHelp:
      'Særlige kategorier kræver et grundlag efter artikel 9, stk. 2; oplysninger om strafbare forhold et grundlag efter artikel 10.',
    retentionPlaceholder: 'f.eks. 6 år efter ansættelsens ophør',
    retentionHelp:
      'Behandlingsaktiviteter, der ikke angiver en tidsfrist for kategorien, bruger denne; hver aktivitet kan angive sin egen.',
  },
  securityMeasures: {
    title: 'Sikkerhedsforanstaltninger',
    new: 'Ny sikkerhedsforanstaltning',
    edit: 'Rediger sikkerhedsforanstaltning',
    createNew: 'Opret en ny sikkerhedsforanstaltning…',
    createNamed: 'Opret foranstaltningen ”{{name}}”…',
    intro:
      'De tekniske og organisatoriske foranstaltninger, der beskytter oplysningerne (artikel 32), beskrevet én gang og brugt af hver behandlingsaktivitet, de beskytter.',
    empty: 'Ingen sikkerhedsforanstaltninger endnu.',
    namePlaceholder: 'f.eks. Kryptering af lagrede data',
  },
  delete: {
    title: 'Slet ”{{name}}”?',
    unused:
      'Ingen behandlingsaktivitet bruger denne post. Den fjernes fra kataloget og flyttes til organisationens papirkurv, hvorfra den kan gendannes.',
    inUseTitle_one: '”{{name}}” bruges af 1 behandlingsaktivitet',
    inUseTitle_other: '”{{name}}” bruges af {{count}} behandlingsaktiviteter',
    inUseBody_one:
      'Den kan ikke slettes, så længe denne behandlingsaktivitet bruger den. Fjern den der, eller erstat den med en anden post, og slet den derefter:',
    inUseBody_other:
      'Den kan ikke slettes, så længe disse {{count}} behandlingsaktiviteter bruger den. Fjern den der, eller erstat den med en anden post i dem alle, og slet den derefter:',
    more: 'og {{count}} mere',
    replaceWith: 'Erstat med',
    replaceWithHelp: 'Hver behandlingsaktivitet ovenfor vil bruge denne post i stedet for ”{{name}}”.',
    replacePlaceholder: 'Vælg en post',
    noOther: 'Ingen anden post i dette katalog',
    replaceAndDelete: 'Erstat og slet',
    done: '”{{name}}” er slettet',
    replaced_one: '”{{name}}” er erstattet i 1 behandlingsaktivitet og slettet',
    replaced_other: '”{{name}}” er erstattet i {{count}} behandlingsaktiviteter og slettet',
  },
}
