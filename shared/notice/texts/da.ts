/** Privatlivspolitikkens faste tekster på dansk, med begreberne i databeskyttelsesforordningens danske sprogudgave. */
import type { NoticeTexts } from './en'

export const noticeTextsDa: NoticeTexts = {
  title: 'Privatlivspolitik',
  titleFor: 'Privatlivspolitik for {{audience}}',
  updated: 'Senest opdateret: {{date}}',
  intro:
    'Her forklarer vi, hvordan {{controller}} behandler personoplysninger om dig, og hvilke rettigheder du har. ' +
    'Den indeholder de oplysninger, som databeskyttelsesforordningens artikel 13 og 14 kræver.',
  writtenFor: 'Den gælder for: {{audiences}}.',
  contents: 'Indhold',
  summary: {
    heading: 'Kort fortalt',
    controller: 'Dataansvarlig',
    dpo: 'Databeskyttelsesrådgiver',
    purposes: 'Vi bruger dine oplysninger til: {{purposes}}.',
    recipients: 'Oplysningerne videregives til: {{recipients}}.',
    noRecipients: 'Vi videregiver ikke oplysningerne til andre modtagere.',
    transfers: 'Nogle af oplysningerne overføres til lande uden for EU/EØS: {{destinations}}.',
    noTransfers: 'Oplysningerne overføres ikke til lande uden for EU/EØS.',
    rights: 'Dine rettigheder: {{rights}}.',
    complaint: 'Du kan også klage til {{authority}}.',
    objection:
      'Ret til indsigelse: du kan til enhver tid af grunde, der vedrører din særlige situation, gøre indsigelse mod, at vi behandler ' +
      'dine oplysninger til {{purposes}}. Mod direkte markedsføring kan du altid gøre indsigelse.',
    details: 'Detaljerne følger nedenfor.',
  },
  controller: {
    heading: 'Hvem der er ansvarlig for dine oplysninger',
    intro:
      '{{controller}} er dataansvarlig: vi fastlægger formålene med og midlerne til behandlingen af dine personoplysninger.',
    representative: 'Vores repræsentant i EU (databeskyttelsesforordningens artikel 27)',
    dpo: 'Vores databeskyttelsesrådgiver',
    contactPerson: 'Kontakt om databeskyttelse',
  },
  audience: {
    intro: 'Denne del gælder for: {{audience}}.',
  },
  activity: {
    purposes: 'Hvad vi bruger dine oplysninger til, og på hvilket retsgrundlag',
    basis: 'retsgrundlag: {{basis}} ({{article}})',
    legitimateInterest: 'Vores legitime interesse: {{interest}}',
    specialCondition: 'For særlige kategorier af personoplysninger bygger vi på {{article}}: {{condition}}',
    criminalBasis: 'For oplysninger om straffedomme og lovovertrædelser bygger vi på: {{basis}}',
    jointControllers:
      'Vi er fælles dataansvarlige for behandlingen sammen med {{parties}}. Du kan få hovedindholdet af vores ordning fra os, ' +
      'og du kan udøve dine rettigheder over for hver af os.',
    data: 'De personoplysninger, vi behandler, og hvor længe vi opbevarer dem',
    special: '{{name}} (særlig kategori: {{kind}})',
    sources: 'Hvor oplysningerne kommer fra',
    required: 'Skal du give os oplysningerne?',
    recipients: 'Hvem der modtager oplysningerne',
    noRecipients: 'Vi videregiver ikke disse oplysninger til andre modtagere.',
    recipientPurpose: '{{recipient}}, til: {{purpose}}',
    transfers: 'Overførsler til lande uden for EU/EØS',
    noTransfers: 'Vi overfører ikke disse oplysninger til lande uden for EU/EØS.',
    automated: 'Automatiske afgørelser',
    automatedYes:
      'Vi træffer afgørelser om dig, der alene er baseret på automatisk behandling, herunder profilering.',
    automatedLogic: 'Hvordan det fungerer, og hvad det betyder for dig: {{logic}}',
    automatedNo: 'Vi træffer ikke afgørelser om dig, der alene er baseret på automatisk behandling.',
  },
  basis: {
    '6_1_a': 'dit samtykke',
    '6_1_b': 'en kontrakt med dig eller foranstaltninger, du har anmodet om, før en kontrakt indgås',
    '6_1_c': 'en retlig forpligtelse, som vi er underlagt',
    '6_1_d': 'beskyttelse af dine eller en anden persons vitale interesser',
    '6_1_e': 'en opgave i samfundets interesse eller udøvelse af offentlig myndighed',
    '6_1_f': 'vores eller en tredjeparts legitime interesser',
  },
  requirement: {
    '6_1_a':
      'Det er frivilligt at give dit samtykke. Giver du det ikke, bruger vi ikke dine oplysninger til dette.',
    '6_1_b':
      'Du skal give os oplysningerne, for at vi kan indgå eller opfylde kontrakten med dig. Uden dem kan vi ikke indgå eller opfylde kontrakten.',
    '6_1_c':
      'Loven kræver, at vi indsamler oplysningerne (et lovkrav). Uden dem kan vi ikke opfylde vores retlige forpligtelse.',
    '6_1_d': 'Du har ikke pligt til at give os oplysningerne.',
    '6_1_e':
      'Om du har pligt til at give os oplysningerne, følger af den lov, der giver os opgaven. Spørg os, hvis du er i tvivl.',
    '6_1_f': 'Du har ikke pligt til at give os oplysningerne.',
  },
  requirementFor: 'Til {{purposes}}: {{requirement}}',
  source: {
    data_subject: 'Fra dig',
    third_party: 'Fra andre',
    public: 'Fra offentligt tilgængelige kilder',
    generated: 'Vi skaber dem selv',
  },
  recipientKind: {
    processor: 'Leverandører, der behandler oplysningerne på vores vegne (databehandlere)',
    sub_processor: 'Leverandører, der behandler oplysningerne på vores vegne (databehandlere)',
    joint_controller: 'Organisationer, der er fælles dataansvarlige med os',
    independent_controller: 'Andre organisationer, der bruger oplysningerne til egne formål',
    public_authority: 'Offentlige myndigheder',
    client_controller: 'Andre organisationer, der bruger oplysningerne til egne formål',
    other: 'Andre modtagere',
  },
  someRecipient: 'En modtager',
  transfer: {
    to: '{{recipient}} i {{destination}}',
    adequacy:
      'Europa-Kommissionen har truffet afgørelse om, at beskyttelsesniveauet dér er tilstrækkeligt ({{article}}).',
    safeguard:
      'beskyttet af {{mechanism}} ({{article}}). Du kan få en kopi af garantierne fra os: {{contact}}.',
    derogation:
      'der er hverken en afgørelse om tilstrækkeligheden af beskyttelsesniveauet eller fornødne garantier; overførslen er tilladt som en undtagelse i en specifik situation: {{mechanism}} ({{article}}).',
    askUs: 'kontakt os',
  },
  retention: {
    month: '1 måned',
    months: '{{n}} måneder',
    year: '1 år',
    years: '{{n}} år',
  },
  rights: {
    heading: 'Dine rettigheder',
    intro:
      'Du har følgende rettigheder. Kontakt os for at bruge dem: {{contact}}. Vi svarer inden for en måned.',
    introNoContact: 'Du har følgende rettigheder. Kontakt os for at bruge dem.',
    onlyFor: 'Gælder for: {{purposes}}.',
  },
  rightText: {
    access:
      'Du kan spørge, om vi behandler oplysninger om dig, og få en kopi af dem med oplysning om, hvordan vi bruger dem.',
    rectification:
      'Du kan få urigtige oplysninger om dig berigtiget og ufuldstændige oplysninger fuldstændiggjort.',
    erasure:
      'Du kan bede os slette dine oplysninger, for eksempel når vi ikke længere har brug for dem, eller når du trækker dit samtykke tilbage.',
    restriction:
      'Du kan bede os begrænse behandlingen af dine oplysninger, for eksempel mens vi undersøger, om de er korrekte.',
    portability:
      'Du kan modtage de oplysninger, du har givet os, i et struktureret, almindeligt anvendt og maskinlæsbart format og få dem overført til en anden organisation.',
    objection:
      'Du kan til enhver tid af grunde, der vedrører din særlige situation, gøre indsigelse mod behandling, der bygger på vores ' +
      'legitime interesser eller på en opgave i samfundets interesse. Mod direkte markedsføring kan du altid gøre indsigelse.',
    withdrawConsent:
      'Du kan til enhver tid trække dit samtykke tilbage. Det berører ikke lovligheden af den behandling, der skete på grundlag af samtykket, inden du trak det tilbage.',
    automatedDecision:
      'Du har ret til ikke at være genstand for en afgørelse, der alene er baseret på automatisk behandling, og som i betydelig grad påvirker dig. ' +
      'Du kan kræve, at et menneske ser på afgørelsen, give udtryk for dit synspunkt og bestride afgørelsen.',
    complaint:
      'Du kan indgive en klage til en tilsynsmyndighed, navnlig i det EU/EØS-land, hvor du bor eller arbejder, eller hvor du mener, ' +
      'at overtrædelsen har fundet sted.',
  },
  authority: {
    heading: 'Ret til at klage',
    intro: 'Vores ledende tilsynsmyndighed er:',
    website: 'Hjemmeside',
    address: 'Adresse',
    complaintPage: 'Sådan klager du',
  },
  changes: {
    heading: 'Ændringer i denne politik',
    text: 'Vi opdaterer denne politik, når vores behandling af personoplysninger ændres. Denne version er dateret {{date}}.',
  },
  gap: {
    noControllerActivities:
      'Ikke oplyst i fortegnelsen: en behandling, vi er dataansvarlige for, og som vedrører disse personer.',
    noControllerContact: 'Ikke oplyst i fortegnelsen: vores adresse, e-mail eller telefon.',
    noDpoContact: 'Ikke oplyst i fortegnelsen: hvordan man kontakter vores databeskyttelsesrådgiver.',
    noAuthority: 'Ikke oplyst i fortegnelsen: vores ledende tilsynsmyndighed.',
    authorityRegional:
      'Skal udfyldes: en privat virksomhed i Tyskland angiver databeskyttelsesmyndigheden i sin delstat; her vises den føderale databeskyttelsesmyndighed.',
    noAudience: 'Ikke oplyst i fortegnelsen: hvem behandlingen vedrører.',
    noPurposes: 'Ikke oplyst i fortegnelsen: formålene med behandlingen.',
    noLegalBasis: 'Ikke oplyst i fortegnelsen: retsgrundlaget for dette formål.',
    noLegitimateInterest: 'Ikke oplyst i fortegnelsen: den legitime interesse, der forfølges.',
    noDataCategories: 'Ikke oplyst i fortegnelsen: kategorierne af personoplysninger.',
    noRetention: 'Ikke oplyst i fortegnelsen: hvor længe oplysningerne opbevares.',
    noSources: 'Ikke oplyst i fortegnelsen: hvor oplysningerne kommer fra.',
    noSourceDescription: 'Ikke oplyst i fortegnelsen: hvilken kilde det er.',
    noTransferMechanism: 'Ikke oplyst i fortegnelsen: et gyldigt overførselsgrundlag for overførslen.',
    noAutomatedDecisionLogic:
      'Ikke oplyst i fortegnelsen: meningsfulde oplysninger om logikken bag og konsekvenserne for dig.',
  },
  otherProcessing: 'Behandling uden målgruppe',
}
