/** Integritetspolicyns fasta texter på svenska, med termerna i dataskyddsförordningens svenska språkversion. */
import type { NoticeTexts } from './en'

export const noticeTextsSv: NoticeTexts = {
  title: 'Integritetspolicy',
  titleFor: 'Integritetspolicy för {{audience}}',
  updated: 'Senast uppdaterad: {{date}}',
  intro:
    'Här förklarar vi hur {{controller}} behandlar personuppgifter om dig och vilka rättigheter du har. ' +
    'Informationen är den som krävs enligt artiklarna 13 och 14 i den allmänna dataskyddsförordningen.',
  writtenFor: 'Den gäller för: {{audiences}}.',
  contents: 'Innehåll',
  summary: {
    heading: 'I korthet',
    controller: 'Personuppgiftsansvarig',
    dpo: 'Dataskyddsombud',
    purposes: 'Vi använder dina uppgifter för: {{purposes}}.',
    recipients: 'Uppgifterna lämnas ut till: {{recipients}}.',
    noRecipients: 'Vi lämnar inte ut uppgifterna till andra mottagare.',
    transfers: 'En del av uppgifterna överförs till länder utanför EU/EES: {{destinations}}.',
    noTransfers: 'Uppgifterna överförs inte utanför EU/EES.',
    rights: 'Dina rättigheter: {{rights}}.',
    complaint: 'Du kan också lämna klagomål till {{authority}}.',
    objection:
      'Rätt att göra invändningar: du kan när som helst, av skäl som hänför sig till din specifika situation, invända mot att ' +
      'vi behandlar dina uppgifter för {{purposes}}. Mot direktmarknadsföring kan du alltid invända.',
    details: 'Mer information följer nedan.',
  },
  controller: {
    heading: 'Vem som ansvarar för dina uppgifter',
    intro:
      '{{controller}} är personuppgiftsansvarig: vi bestämmer ändamålen med och medlen för behandlingen av dina personuppgifter.',
    representative: 'Vår företrädare i EU (artikel 27 i dataskyddsförordningen)',
    dpo: 'Vårt dataskyddsombud',
    contactPerson: 'Kontakt i dataskyddsfrågor',
  },
  audience: {
    intro: 'Den här delen gäller för: {{audience}}.',
  },
  activity: {
    purposes: 'Vad vi använder dina uppgifter till och med vilken rättslig grund',
    basis: 'rättslig grund: {{basis}} ({{article}})',
    legitimateInterest: 'Vårt berättigade intresse: {{interest}}',
    specialCondition:
      'För särskilda kategorier av personuppgifter stöder vi oss på {{article}}: {{condition}}',
    criminalBasis: 'För uppgifter om lagöverträdelser stöder vi oss på: {{basis}}',
    jointControllers:
      'Vi är gemensamt personuppgiftsansvariga för behandlingen tillsammans med {{parties}}. Du kan få det väsentliga innehållet ' +
      'i vårt arrangemang från oss, och du kan utöva dina rättigheter mot var och en av oss.',
    data: 'Personuppgifter vi behandlar och hur länge vi sparar dem',
    special: '{{name}} (särskild kategori: {{kind}})',
    sources: 'Varifrån uppgifterna kommer',
    required: 'Måste du lämna uppgifterna?',
    recipients: 'Vem som tar emot uppgifterna',
    noRecipients: 'Vi lämnar inte ut de här uppgifterna till andra mottagare.',
    recipientPurpose: '{{recipient}}, för: {{purpose}}',
    transfers: 'Överföringar utanför EU/EES',
    noTransfers: 'Vi överför inte de här uppgifterna utanför EU/EES.',
    automated: 'Automatiserade beslut',
    automatedYes:
      'Vi fattar beslut om dig som enbart grundas på automatiserad behandling, inbegripet profilering.',
    automatedLogic: 'Hur det fungerar och vad det innebär för dig: {{logic}}',
    automatedNo: 'Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling.',
  },
  basis: {
    '6_1_a': 'ditt samtycke',
    '6_1_b': 'ett avtal med dig, eller åtgärder som du har begärt innan ett sådant avtal ingås',
    '6_1_c': 'en rättslig förpliktelse som vi omfattas av',
    '6_1_d': 'att skydda dina eller någon annans grundläggande intressen',
    '6_1_e': 'en uppgift av allmänt intresse eller myndighetsutövning',
    '6_1_f': 'vårt eller en tredje parts berättigade intressen',
  },
  requirement: {
    '6_1_a':
      'Det är frivilligt att lämna ditt samtycke. Om du inte gör det använder vi inte dina uppgifter för detta.',
    '6_1_b':
      'Du behöver lämna uppgifterna för att vi ska kunna ingå eller fullgöra avtalet med dig. Utan dem kan vi inte ingå eller fullgöra avtalet.',
    '6_1_c':
      'Lagen kräver att vi samlar in uppgifterna (ett lagstadgat krav). Utan dem kan vi inte fullgöra vår rättsliga förpliktelse.',
    '6_1_d': 'Du är inte skyldig att lämna uppgifterna.',
    '6_1_e':
      'Om du är skyldig att lämna uppgifterna framgår av den lag som ger oss uppgiften. Fråga oss om du är osäker.',
    '6_1_f': 'Du är inte skyldig att lämna uppgifterna.',
  },
  requirementFor: 'För {{purposes}}: {{requirement}}',
  source: {
    data_subject: 'Från dig',
    third_party: 'Från andra',
    public: 'Från allmänt tillgängliga källor',
    generated: 'Vi skapar dem själva',
  },
  recipientKind: {
    processor: 'Tjänsteleverantörer som behandlar uppgifterna för vår räkning (personuppgiftsbiträden)',
    sub_processor: 'Tjänsteleverantörer som behandlar uppgifterna för vår räkning (personuppgiftsbiträden)',
    joint_controller: 'Organisationer som är gemensamt personuppgiftsansvariga med oss',
    independent_controller: 'Andra organisationer som använder uppgifterna för egna ändamål',
    public_authority: 'Myndigheter',
    client_controller: 'Andra organisationer som använder uppgifterna för egna ändamål',
    other: 'Andra mottagare',
  },
  someRecipient: 'En mottagare',
  transfer: {
    to: '{{recipient}} i {{destination}}',
    adequacy: 'Europeiska kommissionen har beslutat att skyddet där är adekvat ({{article}}).',
    safeguard:
      'skyddat genom {{mechanism}} ({{article}}). Du kan få en kopia av skyddsåtgärderna från oss: {{contact}}.',
    derogation:
      'det finns inget beslut om adekvat skyddsnivå och inga lämpliga skyddsåtgärder; överföringen är tillåten som ett undantag i en särskild situation: {{mechanism}} ({{article}}).',
    askUs: 'kontakta oss',
  },
  retention: {
    month: '1 månad',
    months: '{{n}} månader',
    year: '1 år',
    years: '{{n}} år',
  },
  rights: {
    heading: 'Dina rättigheter',
    intro:
      'Du har följande rättigheter. Kontakta oss för att utöva dem: {{contact}}. Vi svarar inom en månad.',
    introNoContact: 'Du har följande rättigheter. Kontakta oss för att utöva dem.',
    onlyFor: 'Gäller för: {{purposes}}.',
  },
  rightText: {
    access:
      'Du kan fråga om vi behandlar uppgifter om dig och få en kopia av dem, med information om hur vi använder dem.',
    rectification: 'Du kan få felaktiga uppgifter om dig rättade och ofullständiga uppgifter kompletterade.',
    erasure:
      'Du kan begära att vi raderar dina uppgifter, till exempel när vi inte längre behöver dem eller när du återkallar ditt samtycke.',
    restriction:
      'Du kan begära att vi begränsar behandlingen av dina uppgifter, till exempel medan vi kontrollerar att de är korrekta.',
    portability:
      'Du kan få de uppgifter du har lämnat till oss i ett strukturerat, allmänt använt och maskinläsbart format och få dem överförda till en annan organisation.',
    objection:
      'Du kan när som helst, av skäl som hänför sig till din specifika situation, invända mot behandling som grundar sig på vårt ' +
      'berättigade intresse eller på en uppgift av allmänt intresse. Mot direktmarknadsföring kan du alltid invända.',
    withdrawConsent:
      'Du kan när som helst återkalla ditt samtycke. Det påverkar inte den behandling som skedde med stöd av samtycket innan det återkallades.',
    automatedDecision:
      'Du har rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling och som i betydande grad påverkar dig. ' +
      'Du kan begära att en människa prövar beslutet, framföra din synpunkt och bestrida beslutet.',
    complaint:
      'Du kan lämna klagomål till en tillsynsmyndighet, särskilt i det EU/EES-land där du bor eller arbetar eller där du anser ' +
      'att överträdelsen har skett.',
  },
  authority: {
    heading: 'Rätt att lämna klagomål',
    intro: 'Vår ansvariga tillsynsmyndighet är:',
    website: 'Webbplats',
    address: 'Adress',
    complaintPage: 'Så lämnar du klagomål',
  },
  changes: {
    heading: 'Ändringar i den här informationen',
    text: 'Vi uppdaterar den här informationen när vår behandling av personuppgifter ändras. Den här versionen är daterad {{date}}.',
  },
  gap: {
    noControllerActivities:
      'Uppgift saknas i registret: en behandling som vi är personuppgiftsansvariga för och som gäller de här personerna.',
    noControllerContact: 'Uppgift saknas i registret: vår adress, e-post eller telefon.',
    noDpoContact: 'Uppgift saknas i registret: hur man kontaktar vårt dataskyddsombud.',
    noAuthority: 'Uppgift saknas i registret: vår ansvariga tillsynsmyndighet.',
    authorityRegional:
      'Att komplettera: ett privat företag i Tyskland anger dataskyddsmyndigheten i sin delstat; här visas den federala dataskyddsmyndigheten.',
    noAudience: 'Uppgift saknas i registret: vem behandlingen gäller.',
    noPurposes: 'Uppgift saknas i registret: ändamålen med behandlingen.',
    noLegalBasis: 'Uppgift saknas i registret: den rättsliga grunden för detta ändamål.',
    noLegitimateInterest: 'Uppgift saknas i registret: det berättigade intresse som eftersträvas.',
    noDataCategories: 'Uppgift saknas i registret: kategorierna av personuppgifter.',
    noRetention: 'Uppgift saknas i registret: hur länge uppgifterna sparas.',
    noSources: 'Uppgift saknas i registret: varifrån uppgifterna kommer.',
    noSourceDescription: 'Uppgift saknas i registret: vilken källa det är.',
    noTransferMechanism: 'Uppgift saknas i registret: en giltig överföringsmekanism för överföringen.',
    noAutomatedDecisionLogic:
      'Uppgift saknas i registret: meningsfull information om logiken bakom och dess följder för dig.',
  },
  otherProcessing: 'Behandling utan målgrupp',
}
