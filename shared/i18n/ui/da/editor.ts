import type { editorMessages } from '../editor'
import type { Translation } from '../translation'

export const editorDa: Translation<typeof editorMessages> = {
  formLabel: 'Behandlingsaktivitet',
  controllerRecord: 'Den dataansvarliges fortegnelse, artikel 30, stk. 1',
  processorRecord: 'Databehandlerens fortegnelse, artikel 30, stk. 2',
  moreActions: 'Flere handlinger',
  duplicate: 'Duplikér',
  duplicated: 'Duplikeret som {{reference}} (en kladde)',
  copyTo: 'Kopiér til organisation…',
  keyboardHint: 'Enter gemmer · Escape forlader · Ctrl+S gemmer hvor som helst',
  conflict: {
    title: 'En anden har gemt denne behandlingsaktivitet i mellemtiden',
    changedBy:
      'Ændret af {{actor}} {{time}}, efter at du åbnede den. Indlæs den igen, og foretag dine ændringer på ny: det, du har skrevet, bliver i formularen, indtil du indlæser.',
    changed:
      'Den er ændret, efter at du åbnede den. Indlæs den igen, og foretag dine ændringer på ny: det, du har skrevet, bliver i formularen, indtil du indlæser.',
    reload: 'Indlæs igen',
  },
  sections: {
    beyondArt30: 'Også registreret',
    about: 'Behandlingsaktiviteten',
    processorData: 'Registrerede, oplysninger og modtagere',
    risk: 'Automatiske afgørelser og konsekvensanalyse',
    systems: 'Systemer og placering',
    review: 'Gennemgang og bemærkninger',
  },
  overview: {
    title: 'Afsnit',
    points_one: '{{filled}} af {{count}} punkt i artikel 30 fuldstændigt',
    points_other: '{{filled}} af {{count}} punkter i artikel 30 fuldstændige',
    findings: 'Bemærkninger:',
    noFindings: 'Ingen bemærkninger',
    entering: 'Bemærkninger til et felt vises, når du har udfyldt det, og alle, når du gemmer',
  },
  about: {
    roleHelp:
      'Databehandler: du behandler oplysningerne på vegne af en kunde (fortegnelse efter artikel 30, stk. 2)',
    businessFunctionPlaceholder: 'f.eks. HR',
    ownerPlaceholder: 'f.eks. HR-chef',
  },
  parties: {
    controller: 'Dataansvarlig',
    processor: 'Databehandler',
    noContact: 'Ingen kontaktoplysninger i profilen',
    representativeNeeded: 'Påkrævet: organisationen er etableret i {{country}}',
    notApplicable: 'Ikke påkrævet (etableret i EU/EØS)',
    editProfile: 'Rediger organisationens profil',
    jointControllers: 'Fælles dataansvarlige',
    jointControllersHelp:
      'Organisationer, der sammen med dig fastlægger formålene med og hjælpemidlerne til denne behandling (artikel 26)',
    controllers: 'Dataansvarlige, på hvis vegne du behandler',
    controllersHelp: 'Dine kunder for denne behandling, hver med kontaktoplysninger i kataloget Parter',
    pickParties: 'Vælg blandt parterne, eller opret en',
  },
  purposes: {
    noneProcessor:
      'Ingen kategorier af behandling endnu. Artikel 30, stk. 2, litra b, kræver de kategorier af behandling, der foretages på vegne af hver dataansvarlig.',
    categoryNumber: 'Kategori af behandling {{n}}',
    categoryPlaceholder: 'Hvad du gør for den dataansvarlige, f.eks. lønberegning',
    addCategory: 'Tilføj kategori af behandling',
    chooseBasis: 'Vælg grundlaget',
    interestPlaceholder: 'Den forfulgte interesse, f.eks. forebyggelse af svig',
    condition: 'Grundlag for særlige kategorier (artikel 9, stk. 2)',
    chooseCondition: 'Vælg grundlaget',
    criminalBasis: 'Grundlag for oplysninger om strafbare forhold (artikel 10)',
    criminalHelp: 'Den lov eller offentlige myndighed, der tillader det',
    legalBasisReferencePlaceholder: 'Loven, aftalen eller myndighedsopgaven, f.eks. bogføringsloven § 10',
    assessmentPlaceholder: 'Hvor interesseafvejningen er dokumenteret, f.eks. LIA-2026-03',
    consentRecordPlaceholder: 'Hvor samtykkerne registreres, f.eks. samtykkeloggen i CRM',
    conditionReferencePlaceholder: 'f.eks. databeskyttelseslovens § 7, stk. 2',
    conditionReferenceHelp:
      'Den EU-ret eller nationale ret, som betingelsen kræver (artikel 9, stk. 2, litra b og g–j; artikel 10)',
    criminalPlaceholder: 'f.eks. databeskyttelseslovens § 8',
    addCondition: 'Tilføj et grundlag efter artikel 9, stk. 2, til dette formål',
    addCriminalBasis: 'Tilføj et grundlag efter artikel 10 til dette formål',
  },
  data: {
    pickSubjects: 'Vælg eller opret kategorier, f.eks. Medarbejdere',
    subjectsHelp: 'Hvis personoplysninger der behandles',
    pickCategories: 'Vælg eller opret kategorier, f.eks. Kontaktoplysninger',
    categoriesHelp: 'Hvilke personoplysninger der behandles; angiv tidsfristerne for sletning under 30(1)(f)',
    specialNote: 'Omfatter {{list}}.',
    specialController:
      'Et formål kræver det tilsvarende grundlag efter artikel 9, stk. 2, eller artikel 10 (30(1)(b)).',
    specialProcessor: 'Den dataansvarlige fastlægger det grundlag, der tillader det.',
    noSources: 'Hvor oplysningerne kommer fra, hvis ikke kun fra de registrerede selv (valgfrit).',
    sourceKind: 'Kilde {{n}}',
    sourceDescription: 'Beskrivelse',
    sourcePlaceholder: 'f.eks. Kreditoplysningsbureau',
    addSource: 'Tilføj kilde',
    removeSource: 'Fjern kilde {{n}}',
  },
  recipients: {
    none: 'Ingen modtagere endnu. Angiv alle, som oplysningerne videregives til, også databehandlere.',
    party: 'Modtager {{n}}',
    pickParty: 'Vælg en part, eller opret en',
    category: 'Eller en kategori af modtagere',
    categoryPlaceholder: 'f.eks. Banker',
    purposePlaceholder: 'Hvad modtageren får oplysningerne til',
    internalHelp: 'En afdeling i jeres egen organisation, ikke en ekstern instans',
    remove: 'Fjern modtager {{n}}',
    add: 'Tilføj modtager',
    transferRecorded:
      'Uden for EU/EØS: registreret som overførsel {{n}} med partens oplysninger om overførslen',
  },
  transfers: {
    none: 'Ingen overførsler til tredjelande eller internationale organisationer.',
    recipient: 'Modtager af overførsel {{n}}',
    pickRecipient: 'Vælg modtageren, eller opret den',
    toCountry: 'Til et land i stedet',
    toOrganisation: 'Til en international organisation i stedet',
    country: 'Modtagerland',
    organisationPlaceholder: 'f.eks. Den Europæiske Patentorganisation',
    chooseMechanism: 'Vælg, hvad overførslen bygger på',
    chooseModule: 'Vælg modulet',
    tia: 'Vurdering af overførslens virkninger (TIA) foretaget',
    tiaHelp:
      'Om lovgivning og praksis i modtagerlandet gør det muligt for modtageren at overholde garantierne',
    safeguardsHelp: 'Vurderingen og garantierne, når en undtagelse anvendes',
    safeguardsRequired:
      'Påkrævet for denne undtagelse (artikel 49, stk. 6): vurderingen og de fornødne garantier',
    remove: 'Fjern overførsel {{n}}',
    add: 'Tilføj overførsel',
    noteFor_one: 'Gælder overførsel {{list}}',
    noteFor_other: 'Gælder overførslerne {{list}}',
    seeNote: '{{name}}: se bemærkningen øverst under overførslerne.',
    mechanismGroup: {
      adequacy: 'Tilstrækkelighed',
      safeguard: 'Fornødne garantier (artikel 46)',
      derogation: 'Undtagelser i særlige situationer (artikel 49)',
      invalid: 'Ikke længere gyldig',
      none: 'Ingen',
    },
  },
  retention: {
    generalPlaceholder: 'f.eks. Slettes 6 år efter ansættelsens ophør',
    generalHelp: 'Gælder alle behandlingsaktivitetens oplysninger, medmindre en kategori angiver andet',
    referencePlaceholder:
      'Den slettepolitik eller opbevaringsplan, fristerne kommer fra, f.eks. Slettepolitik 2026',
    noCategories:
      'Vælg kategorierne af personoplysninger under 30(1)(c) for at angive en tidsfrist for hver.',
    perCategory: 'Tidsfrist pr. kategori af oplysninger',
    placeholder: 'f.eks. 2 år efter seneste køb',
    months: 'Måneder',
    forCategory: 'Tidsfrist for sletning af {{name}}',
    monthsForCategory: 'Måneder til sletning af {{name}}',
    fromCategory: 'Fra kategorien: {{retention}}',
    inheritedHelp: 'Kategoriens standard gælder: skriv for at angive en anden for denne aktivitet',
  },
  security: {
    pick: 'Vælg eller opret foranstaltninger, f.eks. Kryptering af lagrede data',
    help: 'En generel beskrivelse er nok: navngiv foranstaltningerne, og beskriv dem i kataloget',
  },
  processorData: {
    recipients: 'Underdatabehandlere og andre modtagere',
    retention: 'Sletning eller tilbagelevering af oplysningerne',
    retentionPlaceholder: 'f.eks. Tilbageleveres og slettes ved kontraktens ophør',
  },
  risk: {
    automatedHelp:
      'Afgørelser, der udelukkende er baseret på automatisk behandling, og som har retsvirkning eller på tilsvarende vis betydeligt påvirker (artikel 22)',
    automatedDescriptionPlaceholder:
      'Logikken heri samt betydningen og de forventede konsekvenser for den registrerede (artikel 13, stk. 2, litra f)',
    criteria: 'Screening for konsekvensanalyse: opfyldte kriterier (WP248)',
    criterionHelp: {
      evaluation_scoring:
        'Vurdering eller forudsigelse af forhold vedrørende en person, f.eks. arbejdsindsats, økonomiske forhold, helbred, præferencer, pålidelighed, adfærd, opholdssted eller bevægelser.',
      automated_decision:
        'Afgørelser, der træffes automatisk, og som har retsvirkning for personer eller på tilsvarende måde betydeligt påvirker dem.',
      systematic_monitoring:
        'Observation, overvågning eller kontrol af personer, også via netværk eller på et offentligt tilgængeligt område.',
      sensitive_data:
        'Særlige kategorier af personoplysninger (artikel 9), oplysninger om strafbare forhold (artikel 10) eller andre oplysninger af meget personlig karakter.',
      large_scale:
        'Vurderes ud fra antallet af berørte personer, mængden og omfanget af oplysninger, behandlingens varighed og geografiske udstrækning.',
      matching_combining:
        'Datasæt fra forskellige behandlinger, formål eller dataansvarlige, der kombineres på en måde, som personerne ikke med rimelighed kan forvente.',
      vulnerable_subjects:
        'Personer i en svagere stilling over for den dataansvarlige, f.eks. ansatte og børn.',
      innovative_tech:
        'Nye teknologiske eller organisatoriske løsninger, hvis konsekvenser for personer endnu ikke er godt kendt.',
      prevents_right:
        'Behandlingen kan i sig selv forhindre personer i at udøve en rettighed eller i at benytte en tjeneste eller indgå en kontrakt.',
    },
    criteriaHelp:
      'Sæt kryds ved hvert kriterium, denne behandling opfylder. {{threshold}} eller flere betyder som regel, at en konsekvensanalyse er påkrævet (artikel 35).',
    likely_one:
      '{{count}} kriterium opfyldt: en konsekvensanalyse vedrørende databeskyttelse er sandsynligvis påkrævet.',
    likely_other:
      '{{count}} kriterier opfyldt: en konsekvensanalyse vedrørende databeskyttelse er sandsynligvis påkrævet.',
    unlikely_one:
      '{{count}} kriterium opfyldt: en konsekvensanalyse er som regel ikke påkrævet, medmindre behandlingen står på din tilsynsmyndigheds liste.',
    unlikely_other:
      '{{count}} kriterier opfyldt: en konsekvensanalyse er som regel ikke påkrævet, medmindre behandlingen står på din tilsynsmyndigheds liste.',
    referencePlaceholder: 'f.eks. KA-2026-03, eller hvor begrundelsen opbevares',
    referenceHelp: 'Hvor konsekvensanalysen, eller begrundelsen for ikke at foretage en, er dokumenteret',
  },
  systems: {
    placeholder: 'Skriv et system, og tryk på Enter',
    help: 'De programmer og tjenester, behandlingen bruger',
    locationPlaceholder: 'f.eks. Datacenter i Frankfurt (DE)',
  },
  review: {
    reviewedToday: 'Gennemgået i dag (næste gennemgang om et år)',
  },
}
