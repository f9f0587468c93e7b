import type { dashboardMessages } from '../dashboard'
import type { Translation } from '../translation'

export const dashboardDe: Translation<typeof dashboardMessages> = {
  title: 'Übersicht',
  checkedOn: 'Geprüft am {{date}}',
  draftRegister: {
    title: 'Das ganze Verzeichnis ist noch ein Entwurf',
    body_one:
      'Die einzige Verarbeitungstätigkeit ist ein Entwurf. Wenn ihre Angaben fertig sind, setzen Sie sie in der Tabelle der Verarbeitungstätigkeiten auf aktiv (Status setzen).',
    body_other:
      'Alle {{count}} Verarbeitungstätigkeiten sind Entwürfe. Wenn ihre Angaben fertig sind, wählen Sie sie in der Tabelle der Verarbeitungstätigkeiten aus und setzen Sie sie auf aktiv (Status setzen).',
    action: 'Zu den Verarbeitungstätigkeiten',
  },
  stats: {
    errors: 'Fehler',
    warnings: 'Warnungen',
    info: 'Hinweise',
    activities: 'Tätigkeiten',
    completeness: 'Vollständigkeit',
  },
  completeness: {
    title: 'Vollständigkeit je Angabe nach Art. 30',
    intro:
      'Wie viele laufende Verarbeitungstätigkeiten (Entwurf oder aktiv) jede Angabe des Verzeichnisses ausfüllen.',
    controllerRecord: 'Verzeichnis des Verantwortlichen, Art. 30 Abs. 1',
    processorRecord: 'Verzeichnis des Auftragsverarbeiters, Art. 30 Abs. 2',
    filled: '{{filled}} von {{applicable}}',
    notApplicable: 'Nicht anwendbar',
    empty:
      'Noch keine laufenden Verarbeitungstätigkeiten: Fügen Sie eine hinzu, um zu sehen, wie vollständig das Verzeichnis ist.',
  },
  findings: {
    title: 'Feststellungen',
    none: 'Keine Feststellungen. Das Verzeichnis besteht alle Prüfungen.',
    noneOfSeverity: 'Keine.',
    organisation: 'Organisation',
    openActivity: 'Zu {{reference}}',
    openProfile: 'Zu den Stammdaten',
  },
  transfers: {
    title: 'Übermittlungen nach Ziel',
    intro:
      'In laufenden Verarbeitungstätigkeiten erfasste Übermittlungen, nach Land oder internationaler Organisation.',
    none: 'Es sind keine Übermittlungen erfasst.',
    chartLabel: 'Anzahl der Übermittlungen je Ziel, eingefärbt nach ihrer Grundlage',
    destination: 'Ziel',
    status: 'Status',
    transfers: 'Übermittlungen',
    activities: 'Verarbeitungstätigkeiten',
    reliesOn: 'Grundlage',
    byBasis: 'Nach Grundlage der Übermittlung',
    basisCount_one: '{{basis}}: {{count}} Übermittlung',
    basisCount_other: '{{basis}}: {{count}} Übermittlungen',
    basis: {
      adequacy: 'Angemessenheitsbeschluss',
      dpf: 'EU-US-Datenschutzrahmen (DPF)',
      scc: 'Standardvertragsklauseln',
      bcr: 'Verbindliche interne Datenschutzvorschriften',
      safeguard: 'Andere Garantie nach Art. 46',
      derogation: 'Ausnahme (Art. 49)',
      ended: 'Nicht mehr gültiger Mechanismus',
      none: 'Keine gültige Grundlage',
      eea: 'Innerhalb der EU/des EWR',
    },
  },
  reviews: {
    title: 'Fällige Überprüfungen',
    intro: 'Überfällige oder in den nächsten {{days}} Tagen fällige Überprüfungen.',
    none: 'Keine Überprüfung ist überfällig oder in den nächsten {{days}} Tagen fällig.',
    reference: 'Kennung',
    activity: 'Verarbeitungstätigkeit',
    due: 'Fällig',
    overdue_one: 'Seit {{count}} Tag überfällig',
    overdue_other: 'Seit {{count}} Tagen überfällig',
    today: 'Heute fällig',
    inDays_one: 'In {{count}} Tag',
    inDays_other: 'In {{count}} Tagen',
  },
}
