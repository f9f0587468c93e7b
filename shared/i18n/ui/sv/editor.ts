import type { editorMessages } from '../editor'
import type { Translation } from '../translation'

export const editorSv: Translation<typeof editorMessages> = {
  formLabel: 'Behandling',
  controllerRecord: 'Den personuppgiftsansvariges register, artikel 30.1',
  processorRecord: 'Personuppgiftsbiträdets register, artikel 30.2',
  moreActions: 'Fler åtgärder',
  duplicate: 'Duplicera',
  duplicated: 'Duplicerad som {{reference}} (ett utkast)',
  copyTo: 'Kopiera till organisation…',
  keyboardHint: 'Enter sparar · Escape lämnar · Ctrl+S sparar var du än är',
  conflict: {
    title: 'Någon annan sparade den här behandlingen under tiden',
    changedBy:
      'Ändrad av {{actor}} {{time}} efter att du öppnade den. Läs in den igen och gör dina ändringar på nytt: det du skrivit finns kvar i formuläret tills du läser in.',
    changed:
      'Den har ändrats efter att du öppnade den. Läs in den igen och gör dina ändringar på nytt: det du skrivit finns kvar i formuläret tills du läser in.',
    reload: 'Läs in igen',
  },
  sections: {
    beyondArt30: 'Även registrerat',
    about: 'Behandlingen',
    processorData: 'Registrerade, uppgifter och mottagare',
    risk: 'Automatiserade beslut och konsekvensbedömning',
    systems: 'System och plats',
    review: 'Granskning och anteckningar',
  },
  overview: {
    title: 'Avsnitt',
    points_one: '{{filled}} av {{count}} punkt i artikel 30 fullständig',
    points_other: '{{filled}} av {{count}} punkter i artikel 30 fullständiga',
    findings: 'Iakttagelser:',
    noFindings: 'Inga iakttagelser',
    entering: 'Iakttagelser om ett fält visas när du har fyllt i det, och alla när du sparar',
  },
  about: {
    roleHelp:
      'Personuppgiftsbiträde: du behandlar uppgifterna för en kunds räkning (register enligt artikel 30.2)',
    businessFunctionPlaceholder: 't.ex. Personal',
    ownerPlaceholder: 't.ex. personalchef',
  },
  parties: {
    controller: 'Personuppgiftsansvarig',
    processor: 'Personuppgiftsbiträde',
    noContact: 'Inga kontaktuppgifter i profilen',
    representativeNeeded: 'Behövs: organisationen är etablerad i {{country}}',
    notApplicable: 'Behövs inte (etablerad i EU/EES)',
    editProfile: 'Redigera organisationens profil',
    jointControllers: 'Gemensamt personuppgiftsansvariga',
    jointControllersHelp:
      'Organisationer som tillsammans med dig bestämmer ändamålen med och medlen för denna behandling (artikel 26)',
    controllers: 'Personuppgiftsansvariga för vars räkning du behandlar uppgifter',
    controllersHelp: 'Dina kunder för denna behandling, var och en med kontaktuppgifter i katalogen Parter',
    pickParties: 'Välj bland parterna eller skapa en',
  },
  purposes: {
    noneProcessor:
      'Inga kategorier av behandling ännu. Enligt artikel 30.2 b ska de kategorier av behandling som utförs för varje personuppgiftsansvarigs räkning anges.',
    categoryNumber: 'Kategori av behandling {{n}}',
    categoryPlaceholder: 'Vad du gör för den personuppgiftsansvarige, t.ex. löneberäkning',
    addCategory: 'Lägg till kategori av behandling',
    chooseBasis: 'Välj grund',
    interestPlaceholder: 'Det intresse som eftersträvas, t.ex. att förhindra bedrägerier',
    condition: 'Undantag för särskilda kategorier (artikel 9.2)',
    chooseCondition: 'Välj undantag',
    criminalBasis: 'Stöd för uppgifter om lagöverträdelser (artikel 10)',
    criminalHelp: 'Den lag eller myndighetsutövning som tillåter det',
    legalBasisReferencePlaceholder:
      'Lagen, avtalet eller uppgiften av allmänt intresse, t.ex. Bokföringslagen 7 kap. 2 §',
    assessmentPlaceholder: 'Var intresseavvägningen är dokumenterad, t.ex. LIA-2026-03',
    consentRecordPlaceholder: 'Var samtyckena registreras, t.ex. samtyckesloggen i CRM',
    conditionReferencePlaceholder: 't.ex. 3 kap. 5 § dataskyddslagen (2018:218)',
    conditionReferenceHelp:
      'Den unionsrätt eller nationella rätt som villkoret kräver (artikel 9.2 b, g–j; artikel 10)',
    criminalPlaceholder: 't.ex. lagen (1998:620) om belastningsregister, 9 §',
    addCondition: 'Lägg till ett undantag enligt artikel 9.2 för detta ändamål',
    addCriminalBasis: 'Lägg till ett stöd enligt artikel 10 för detta ändamål',
  },
  data: {
    pickSubjects: 'Välj eller skapa kategorier, t.ex. Anställda',
    subjectsHelp: 'Vems personuppgifter som behandlas',
    pickCategories: 'Välj eller skapa kategorier, t.ex. Kontaktuppgifter',
    categoriesHelp: 'Vilka personuppgifter som behandlas; ange tidsfristerna för radering i 30.1 f',
    specialNote: 'Omfattar {{list}}.',
    specialController:
      'Ett ändamål behöver motsvarande undantag enligt artikel 9.2 eller stöd enligt artikel 10 (30.1 b).',
    specialProcessor: 'Den personuppgiftsansvarige bestämmer vilket undantag som tillåter det.',
    noSources: 'Varifrån uppgifterna kommer, om inte bara från de registrerade själva (frivilligt).',
    sourceKind: 'Källa {{n}}',
    sourceDescription: 'Beskrivning',
    sourcePlaceholder: 't.ex. Kreditupplysningsföretag',
    addSource: 'Lägg till källa',
    removeSource: 'Ta bort källa {{n}}',
  },
  recipients: {
    none: 'Inga mottagare ännu. Ange alla som uppgifterna lämnas ut till, även personuppgiftsbiträden.',
    party: 'Mottagare {{n}}',
    pickParty: 'Välj en part eller skapa en',
    category: 'Eller en kategori av mottagare',
    categoryPlaceholder: 't.ex. Banker',
    purposePlaceholder: 'Vad mottagaren får uppgifterna för',
    internalHelp: 'En avdelning i den egna organisationen, inte ett externt organ',
    remove: 'Ta bort mottagare {{n}}',
    add: 'Lägg till mottagare',
    transferRecorded:
      'Utanför EU/EES: registrerad som överföring {{n}} med partens uppgifter om överföringen',
  },
  transfers: {
    none: 'Inga överföringar till tredjeländer eller internationella organisationer.',
    recipient: 'Mottagare av överföring {{n}}',
    pickRecipient: 'Välj mottagaren eller skapa den',
    toCountry: 'Till ett land i stället',
    toOrganisation: 'Till en internationell organisation i stället',
    country: 'Mottagarland',
    organisationPlaceholder: 't.ex. Europeiska patentorganisationen',
    chooseMechanism: 'Välj vad överföringen grundar sig på',
    chooseModule: 'Välj modul',
    tia: 'Bedömning av överföringens konsekvenser gjord',
    tiaHelp:
      'Om lagstiftning och praxis i mottagarlandet gör det möjligt för mottagaren att följa skyddsåtgärderna',
    safeguardsHelp: 'Bedömningen och skyddsåtgärderna, när ett undantag används',
    safeguardsRequired:
      'Krävs för detta undantag (artikel 49.6): bedömningen och de lämpliga skyddsåtgärderna',
    remove: 'Ta bort överföring {{n}}',
    add: 'Lägg till överföring',
    noteFor_one: 'Gäller överföring {{list}}',
    noteFor_other: 'Gäller överföringarna {{list}}',
    seeNote: '{{name}}: se anmärkningen överst bland överföringarna.',
    mechanismGroup: {
      adequacy: 'Adekvat skyddsnivå',
      safeguard: 'Lämpliga skyddsåtgärder (artikel 46)',
      derogation: 'Undantag i särskilda situationer (artikel 49)',
      invalid: 'Inte längre giltig',
      none: 'Ingen',
    },
  },
  retention: {
    generalPlaceholder: 't.ex. Raderas 6 år efter anställningens slut',
    generalHelp: 'Gäller alla uppgifter i behandlingen om inte en kategori anger något annat',
    referencePlaceholder:
      'Den lagringspolicy eller gallringsplan som tiderna kommer från, t.ex. Dokumenthanteringsplan 2026',
    noCategories: 'Välj kategorierna av personuppgifter i 30.1 c för att ange en tidsfrist för var och en.',
    perCategory: 'Tidsfrist per kategori av uppgifter',
    placeholder: 't.ex. 2 år efter det senaste köpet',
    months: 'Månader',
    forCategory: 'Tidsfrist för radering av {{name}}',
    monthsForCategory: 'Månader till radering av {{name}}',
    fromCategory: 'Från kategorin: {{retention}}',
    inheritedHelp: 'Kategorins standard gäller: skriv för att ange en annan för denna behandling',
  },
  security: {
    pick: 'Välj eller skapa åtgärder, t.ex. Kryptering av lagrade uppgifter',
    help: 'En allmän beskrivning räcker: namnge åtgärderna och beskriv dem i katalogen',
  },
  processorData: {
    recipients: 'Underbiträden och andra mottagare',
    retention: 'Radering eller återlämnande av uppgifterna',
    retentionPlaceholder: 't.ex. Återlämnas och raderas när avtalet upphör',
  },
  risk: {
    automatedHelp:
      'Beslut som enbart grundas på automatiserad behandling och har rättsliga eller liknande betydande följder (artikel 22)',
    automatedDescriptionPlaceholder:
      'Logiken bakom samt betydelsen och de förutsedda följderna för den registrerade (artikel 13.2 f)',
    criteria: 'Bedömning av behovet av konsekvensbedömning: uppfyllda kriterier (WP248)',
    criterionHelp: {
      evaluation_scoring:
        'Bedömning eller förutsägelse av aspekter som rör en person, till exempel arbetsprestation, ekonomisk situation, hälsa, preferenser, pålitlighet, beteende, vistelseort eller förflyttningar.',
      automated_decision:
        'Beslut som fattas på automatiserad väg och som har rättsliga följder för personer eller på liknande sätt i betydande grad påverkar dem.',
      systematic_monitoring:
        'Observation, övervakning eller kontroll av personer, även via nätverk eller på en allmänt tillgänglig plats.',
      sensitive_data:
        'Särskilda kategorier av personuppgifter (artikel 9), uppgifter om lagöverträdelser (artikel 10) eller andra uppgifter av mycket personlig karaktär.',
      large_scale:
        'Bedöms efter antalet berörda personer, mängden och omfånget av uppgifter, behandlingens varaktighet och geografiska omfattning.',
      matching_combining:
        'Datamängder från olika behandlingar, ändamål eller personuppgiftsansvariga som kombineras på ett sätt som personerna inte rimligen kan förvänta sig.',
      vulnerable_subjects:
        'Personer i en svagare ställning gentemot den personuppgiftsansvarige, till exempel anställda och barn.',
      innovative_tech:
        'Nya tekniska eller organisatoriska lösningar vars konsekvenser för personer ännu inte är väl kända.',
      prevents_right:
        'Behandlingen i sig kan hindra personer från att utöva en rättighet eller från att använda en tjänst eller ingå ett avtal.',
    },
    criteriaHelp:
      'Kryssa för varje kriterium som denna behandling uppfyller. {{threshold}} eller fler innebär vanligtvis att en konsekvensbedömning krävs (artikel 35).',
    likely_one: '{{count}} kriterium uppfyllt: en konsekvensbedömning avseende dataskydd krävs sannolikt.',
    likely_other: '{{count}} kriterier uppfyllda: en konsekvensbedömning avseende dataskydd krävs sannolikt.',
    unlikely_one:
      '{{count}} kriterium uppfyllt: en konsekvensbedömning krävs vanligtvis inte, om inte behandlingen finns på din tillsynsmyndighets förteckning.',
    unlikely_other:
      '{{count}} kriterier uppfyllda: en konsekvensbedömning krävs vanligtvis inte, om inte behandlingen finns på din tillsynsmyndighets förteckning.',
    referencePlaceholder: 't.ex. KB-2026-03, eller var resonemanget förvaras',
    referenceHelp: 'Var konsekvensbedömningen, eller skälen till att inte göra en, finns dokumenterad',
  },
  systems: {
    placeholder: 'Skriv ett system och tryck på Enter',
    help: 'De program och tjänster som behandlingen använder',
    locationPlaceholder: 't.ex. Datacenter i Frankfurt (DE)',
  },
  review: {
    reviewedToday: 'Granskad i dag (nästa granskning om ett år)',
  },
}
