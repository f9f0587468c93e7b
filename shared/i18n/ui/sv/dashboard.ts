import type { dashboardMessages } from '../dashboard'
import type { Translation } from '../translation'

export const dashboardSv: Translation<typeof dashboardMessages> = {
  title: 'Översikt',
  checkedOn: 'Kontrollerat {{date}}',
  draftRegister: {
    title: 'Hela registret är fortfarande ett utkast',
    body_one:
      'Den enda behandlingen är ett utkast. När dess uppgifter är klara, gör den aktiv i tabellen över behandlingar (Ange status).',
    body_other:
      'Alla {{count}} behandlingar är utkast. När deras uppgifter är klara, välj dem i tabellen över behandlingar och gör dem aktiva (Ange status).',
    action: 'Gå till behandlingarna',
  },
  stats: {
    errors: 'Fel',
    warnings: 'Varningar',
    info: 'För kännedom',
    activities: 'Behandlingar',
    completeness: 'Fullständighet',
  },
  completeness: {
    title: 'Fullständighet per punkt i artikel 30',
    intro: 'Hur många pågående behandlingar (utkast eller aktiva) som fyller i varje punkt i registret.',
    controllerRecord: 'Den personuppgiftsansvariges register, artikel 30.1',
    processorRecord: 'Personuppgiftsbiträdets register, artikel 30.2',
    filled: '{{filled}} av {{applicable}}',
    notApplicable: 'Ej tillämplig',
    empty: 'Inga pågående behandlingar ännu: lägg till en för att se hur fullständigt registret är.',
  },
  findings: {
    title: 'Iakttagelser',
    none: 'Inga iakttagelser. Registret klarar alla kontroller.',
    noneOfSeverity: 'Inga.',
    organisation: 'Organisation',
    openActivity: 'Gå till {{reference}}',
    openProfile: 'Gå till profilen',
  },
  transfers: {
    title: 'Överföringar per mottagarland',
    intro:
      'Överföringar som registrerats i pågående behandlingar, per land eller internationell organisation.',
    none: 'Inga överföringar har registrerats.',
    chartLabel: 'Antal överföringar per mottagarland, färgade efter vad överföringarna grundas på',
    destination: 'Mottagarland',
    status: 'Status',
    transfers: 'Överföringar',
    activities: 'Behandlingar',
    reliesOn: 'Grund',
    byBasis: 'Efter grund för överföringen',
    basisCount_one: '{{basis}}: {{count}} överföring',
    basisCount_other: '{{basis}}: {{count}} överföringar',
    basis: {
      adequacy: 'Beslut om adekvat skyddsnivå',
      dpf: 'Dataskyddsramen EU–USA (DPF)',
      scc: 'Standardavtalsklausuler',
      bcr: 'Bindande företagsbestämmelser',
      safeguard: 'Annan skyddsåtgärd enligt artikel 46',
      derogation: 'Undantag (artikel 49)',
      ended: 'Mekanismen gäller inte längre',
      none: 'Ingen giltig grund',
      eea: 'Inom EU/EES',
    },
  },
  reviews: {
    title: 'Granskningar som ska göras',
    intro: 'Granskningar som är försenade eller ska göras inom {{days}} dagar.',
    none: 'Ingen granskning är försenad eller ska göras inom {{days}} dagar.',
    reference: 'Referens',
    activity: 'Behandling',
    due: 'Senast',
    overdue_one: '{{count}} dag försenad',
    overdue_other: '{{count}} dagar försenad',
    today: 'Ska göras i dag',
    inDays_one: 'Om {{count}} dag',
    inDays_other: 'Om {{count}} dagar',
  },
}
