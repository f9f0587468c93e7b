import type { dashboardMessages } from '../dashboard'
import type { Translation } from '../translation'

export const dashboardDa: Translation<typeof dashboardMessages> = {
  title: 'Oversigt',
  checkedOn: 'Kontrolleret {{date}}',
  draftRegister: {
    title: 'Hele fortegnelsen er stadig en kladde',
    body_one:
      'Den eneste behandlingsaktivitet er en kladde. Når dens oplysninger er færdige, gør den aktiv i tabellen over behandlingsaktiviteter (Angiv status).',
    body_other:
      'Alle {{count}} behandlingsaktiviteter er kladder. Når deres oplysninger er færdige, vælg dem i tabellen over behandlingsaktiviteter og gør dem aktive (Angiv status).',
    action: 'Gå til behandlingsaktiviteterne',
  },
  stats: {
    errors: 'Fejl',
    warnings: 'Advarsler',
    info: 'Til orientering',
    activities: 'Aktiviteter',
    completeness: 'Fuldstændighed',
  },
  completeness: {
    title: 'Fuldstændighed pr. punkt i artikel 30',
    intro:
      'Hvor mange aktuelle behandlingsaktiviteter (kladde eller aktiv) der udfylder hvert punkt i fortegnelsen.',
    controllerRecord: 'Den dataansvarliges fortegnelse, artikel 30, stk. 1',
    processorRecord: 'Databehandlerens fortegnelse, artikel 30, stk. 2',
    filled: '{{filled}} af {{applicable}}',
    notApplicable: 'Ikke relevant',
    empty:
      'Ingen aktuelle behandlingsaktiviteter endnu: tilføj én for at se, hvor fuldstændig fortegnelsen er.',
  },
  findings: {
    title: 'Bemærkninger',
    none: 'Ingen bemærkninger. Fortegnelsen består alle kontroller.',
    noneOfSeverity: 'Ingen.',
    organisation: 'Organisation',
    openActivity: 'Gå til {{reference}}',
    openProfile: 'Gå til profilen',
  },
  transfers: {
    title: 'Overførsler pr. modtagerland',
    intro:
      'Overførsler registreret i aktuelle behandlingsaktiviteter, pr. land eller international organisation.',
    none: 'Der er ikke registreret overførsler.',
    chartLabel: 'Antal overførsler pr. modtagerland, farvet efter overførslernes grundlag',
    destination: 'Modtagerland',
    status: 'Status',
    transfers: 'Overførsler',
    activities: 'Behandlingsaktiviteter',
    reliesOn: 'Grundlag',
    byBasis: 'Efter overførselsgrundlag',
    basisCount_one: '{{basis}}: {{count}} overførsel',
    basisCount_other: '{{basis}}: {{count}} overførsler',
    basis: {
      adequacy: 'Tilstrækkelighedsafgørelse',
      dpf: 'EU-US-databeskyttelsesrammen (DPF)',
      scc: 'Standardkontraktbestemmelser',
      bcr: 'Bindende virksomhedsregler',
      safeguard: 'Anden garanti efter artikel 46',
      derogation: 'Undtagelse (artikel 49)',
      ended: 'Mekanismen gælder ikke længere',
      none: 'Intet gyldigt grundlag',
      eea: 'Inden for EU/EØS',
    },
  },
  reviews: {
    title: 'Forestående gennemgange',
    intro: 'Gennemgange, der er forsinkede eller skal foretages inden for {{days}} dage.',
    none: 'Ingen gennemgang er forsinket eller skal foretages inden for {{days}} dage.',
    reference: 'Reference',
    activity: 'Behandlingsaktivitet',
    due: 'Senest',
    overdue_one: 'Forsinket {{count}} dag',
    overdue_other: 'Forsinket {{count}} dage',
    today: 'Skal foretages i dag',
    inDays_one: 'Om {{count}} dag',
    inDays_other: 'Om {{count}} dage',
  },
}
