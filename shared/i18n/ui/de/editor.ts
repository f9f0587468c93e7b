import type { editorMessages } from '../editor'
import type { Translation } from '../translation'

export const editorDe: Translation<typeof editorMessages> = {
  formLabel: 'Verarbeitungstätigkeit',
  controllerRecord: 'Verzeichnis des Verantwortlichen, Art. 30 Abs. 1',
  processorRecord: 'Verzeichnis des Auftragsverarbeiters, Art. 30 Abs. 2',
  moreActions: 'Weitere Aktionen',
  duplicate: 'Duplizieren',
  duplicated: 'Dupliziert als {{reference}} (ein Entwurf)',
  copyTo: 'In Organisation kopieren…',
  keyboardHint: 'Enter speichert · Escape verlässt · Strg+S speichert von überall',
  conflict: {
    title: 'Jemand anderes hat diese Verarbeitungstätigkeit inzwischen gespeichert',
    changedBy:
      'Geändert von {{actor}} am {{time}}, nachdem Sie sie geöffnet haben. Laden Sie sie neu und nehmen Sie Ihre Änderungen erneut vor: Ihre Eingaben bleiben im Formular, bis Sie neu laden.',
    changed:
      'Sie wurde geändert, nachdem Sie sie geöffnet haben. Laden Sie sie neu und nehmen Sie Ihre Änderungen erneut vor: Ihre Eingaben bleiben im Formular, bis Sie neu laden.',
    reload: 'Neu laden',
  },
  sections: {
    beyondArt30: 'Weitere Angaben',
    about: 'Die Verarbeitungstätigkeit',
    processorData: 'Betroffene, Daten und Empfänger',
    risk: 'Automatisierte Entscheidungen und DSFA',
    systems: 'Systeme und Speicherort',
    review: 'Überprüfung und Bemerkungen',
  },
  overview: {
    title: 'Abschnitte',
    points_one: '{{filled}} von {{count}} Angabe nach Art. 30 vollständig',
    points_other: '{{filled}} von {{count}} Angaben nach Art. 30 vollständig',
    findings: 'Feststellungen:',
    noFindings: 'Keine Feststellungen',
    entering:
      'Feststellungen zu einem Feld erscheinen, sobald Sie es ausgefüllt haben, und alle beim Speichern',
  },
  about: {
    roleHelp:
      'Auftragsverarbeiter: Sie verarbeiten die Daten im Auftrag eines Kunden (Verzeichnis nach Art. 30 Abs. 2)',
    businessFunctionPlaceholder: 'z. B. Personalwesen',
    ownerPlaceholder: 'z. B. Personalleitung',
  },
  parties: {
    controller: 'Verantwortlicher',
    processor: 'Auftragsverarbeiter',
    noContact: 'Keine Kontaktdaten in den Stammdaten',
    representativeNeeded: 'Erforderlich: Die Organisation ist in {{country}} niedergelassen',
    notApplicable: 'Nicht erforderlich (in der EU/im EWR niedergelassen)',
    editProfile: 'Stammdaten der Organisation bearbeiten',
    jointControllers: 'Gemeinsam Verantwortliche',
    jointControllersHelp:
      'Organisationen, die gemeinsam mit Ihnen die Zwecke und Mittel dieser Verarbeitung festlegen (Art. 26)',
    controllers: 'Verantwortliche, in deren Auftrag Sie verarbeiten',
    controllersHelp: 'Ihre Kunden für diese Verarbeitung, jeweils mit Kontaktdaten im Katalog Beteiligte',
    pickParties: 'Aus den Beteiligten wählen oder neu anlegen',
  },
  purposes: {
    noneProcessor:
      'Noch keine Kategorien von Verarbeitungen. Art. 30 Abs. 2 lit. b verlangt die Kategorien von Verarbeitungen, die im Auftrag jedes Verantwortlichen durchgeführt werden.',
    categoryNumber: 'Kategorie von Verarbeitungen {{n}}',
    categoryPlaceholder: 'Was Sie für den Verantwortlichen tun, z. B. Gehaltsabrechnung',
    addCategory: 'Kategorie von Verarbeitungen hinzufügen',
    chooseBasis: 'Rechtsgrundlage wählen',
    interestPlaceholder: 'Das verfolgte Interesse, z. B. Betrugsprävention',
    condition: 'Ausnahme für besondere Kategorien (Art. 9 Abs. 2)',
    chooseCondition: 'Ausnahme wählen',
    criminalBasis: 'Grundlage für Daten über Straftaten (Art. 10)',
    criminalHelp: 'Das Gesetz oder die behördliche Aufsicht, die es erlaubt',
    legalBasisReferencePlaceholder: 'Das Gesetz, der Vertrag oder die öffentliche Aufgabe, z. B. § 147 AO',
    assessmentPlaceholder: 'Wo die Interessenabwägung dokumentiert ist, z. B. LIA-2026-03',
    consentRecordPlaceholder:
      'Wo die Einwilligungen nachgewiesen werden, z. B. Einwilligungsprotokoll im CRM',
    conditionReferencePlaceholder: 'z. B. § 26 Abs. 3 BDSG',
    conditionReferenceHelp:
      'Das Unionsrecht oder nationale Recht, das diese Ausnahme verlangt (Art. 9 Abs. 2 Buchst. b, g–j; Art. 10)',
    criminalPlaceholder: 'z. B. § 30a BZRG (erweitertes Führungszeugnis)',
    addCondition: 'Diesem Zweck eine Ausnahme nach Art. 9 Abs. 2 hinzufügen',
    addCriminalBasis: 'Diesem Zweck eine Grundlage nach Art. 10 hinzufügen',
  },
  data: {
    pickSubjects: 'Kategorien wählen oder anlegen, z. B. Beschäftigte',
    subjectsHelp: 'Wessen personenbezogene Daten verarbeitet werden',
    pickCategories: 'Kategorien wählen oder anlegen, z. B. Kontaktdaten',
    categoriesHelp:
      'Welche personenbezogenen Daten verarbeitet werden; die Löschfristen legen Sie unter 30(1)(f) fest',
    specialNote: 'Enthält {{list}}.',
    specialController:
      'Ein Zweck braucht die passende Ausnahme nach Art. 9 Abs. 2 oder Grundlage nach Art. 10 (30(1)(b)).',
    specialProcessor: 'Der Verantwortliche legt die Ausnahme fest, die es erlaubt.',
    noSources: 'Woher die Daten stammen, wenn nicht nur von den betroffenen Personen selbst (optional).',
    sourceKind: 'Herkunft {{n}}',
    sourceDescription: 'Beschreibung',
    sourcePlaceholder: 'z. B. Auskunftei',
    addSource: 'Herkunft hinzufügen',
    removeSource: 'Herkunft {{n}} entfernen',
  },
  recipients: {
    none: 'Noch keine Empfänger. Nennen Sie alle, denen die Daten offengelegt werden, auch Auftragsverarbeiter.',
    party: 'Empfänger {{n}}',
    pickParty: 'Beteiligten wählen oder neu anlegen',
    category: 'Oder eine Kategorie von Empfängern',
    categoryPlaceholder: 'z. B. Banken',
    purposePlaceholder: 'Wozu der Empfänger die Daten erhält',
    internalHelp: 'Eine Abteilung der eigenen Organisation, keine externe Stelle',
    remove: 'Empfänger {{n}} entfernen',
    add: 'Empfänger hinzufügen',
    transferRecorded:
      'Außerhalb der EU/des EWR: als Übermittlung {{n}} erfasst, mit den Übermittlungsangaben des Beteiligten',
  },
  transfers: {
    none: 'Keine Übermittlungen an Drittländer oder internationale Organisationen.',
    recipient: 'Empfänger der Übermittlung {{n}}',
    pickRecipient: 'Datenimporteur wählen oder neu anlegen',
    toCountry: 'Stattdessen an ein Land',
    toOrganisation: 'Stattdessen an eine internationale Organisation',
    country: 'Zielland',
    organisationPlaceholder: 'z. B. Europäische Patentorganisation',
    chooseMechanism: 'Wählen Sie, worauf die Übermittlung beruht',
    chooseModule: 'Modul wählen',
    tia: 'Transfer-Folgenabschätzung (TIA) durchgeführt',
    tiaHelp: 'Ob Recht und Praxis des Ziellands dem Datenimporteur erlauben, die Garantien einzuhalten',
    safeguardsHelp: 'Die Beurteilung und die Garantien, wenn eine Ausnahme genutzt wird',
    safeguardsRequired:
      'Für diese Ausnahme erforderlich (Art. 49 Abs. 6): die Beurteilung und die geeigneten Garantien',
    remove: 'Übermittlung {{n}} entfernen',
    add: 'Übermittlung hinzufügen',
    noteFor_one: 'Gilt für Übermittlung {{list}}',
    noteFor_other: 'Gilt für die Übermittlungen {{list}}',
    seeNote: '{{name}}: siehe den Hinweis über den Übermittlungen.',
    mechanismGroup: {
      adequacy: 'Angemessenheit',
      safeguard: 'Geeignete Garantien (Art. 46)',
      derogation: 'Ausnahmen für bestimmte Fälle (Art. 49)',
      invalid: 'Nicht mehr gültig',
      none: 'Keine',
    },
  },
  retention: {
    generalPlaceholder: 'z. B. Löschung 6 Jahre nach Ende des Beschäftigungsverhältnisses',
    generalHelp:
      'Gilt für alle Daten der Verarbeitungstätigkeit, sofern eine Kategorie nichts anderes vorsieht',
    referencePlaceholder:
      'Das Löschkonzept oder die Aufbewahrungsrichtlinie, aus der die Fristen stammen, z. B. Löschkonzept 2026',
    noCategories:
      'Wählen Sie unter 30(1)(c) die Kategorien personenbezogener Daten, um für jede eine Frist festzulegen.',
    perCategory: 'Frist je Datenkategorie',
    placeholder: 'z. B. 2 Jahre nach dem letzten Kauf',
    months: 'Monate',
    forCategory: 'Löschfrist für {{name}}',
    monthsForCategory: 'Monate bis zur Löschung von {{name}}',
    fromCategory: 'Aus der Kategorie: {{retention}}',
    inheritedHelp:
      'Der Standardwert der Kategorie gilt: eintippen, um für diese Tätigkeit einen anderen festzulegen',
  },
  security: {
    pick: 'Maßnahmen wählen oder anlegen, z. B. Verschlüsselung gespeicherter Daten',
    help: 'Eine allgemeine Beschreibung genügt: Nennen Sie die Maßnahmen, beschreiben Sie sie im Katalog',
  },
  processorData: {
    recipients: 'Unterauftragsverarbeiter und andere Empfänger',
    retention: 'Löschung oder Rückgabe der Daten',
    retentionPlaceholder: 'z. B. Rückgabe und Löschung bei Vertragsende',
  },
  risk: {
    automatedHelp:
      'Ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung (Art. 22)',
    automatedDescriptionPlaceholder:
      'Die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen für die betroffene Person (Art. 13 Abs. 2 Buchst. f)',
    criteria: 'Schwellwertanalyse für die DSFA: erfüllte Kriterien (WP248)',
    criterionHelp: {
      evaluation_scoring:
        'Bewertung oder Vorhersage von Aspekten einer Person, etwa Arbeitsleistung, wirtschaftliche Lage, Gesundheit, Vorlieben, Zuverlässigkeit, Verhalten, Aufenthaltsort oder Ortswechsel.',
      automated_decision:
        'Automatisiert getroffene Entscheidungen, die gegenüber Personen Rechtswirkung entfalten oder sie in ähnlicher Weise erheblich beeinträchtigen.',
      systematic_monitoring:
        'Beobachtung, Überwachung oder Kontrolle von Personen, auch über Netze oder in öffentlich zugänglichen Bereichen.',
      sensitive_data:
        'Besondere Kategorien personenbezogener Daten (Art. 9), Daten über Straftaten (Art. 10) oder andere höchstpersönliche Daten.',
      large_scale:
        'Bemessen an der Zahl der betroffenen Personen, der Menge und Bandbreite der Daten, der Dauer und der geografischen Ausdehnung der Verarbeitung.',
      matching_combining:
        'Datensätze aus verschiedenen Verarbeitungen, zu verschiedenen Zwecken oder von verschiedenen Verantwortlichen, die so zusammengeführt werden, wie es die Personen vernünftigerweise nicht erwarten würden.',
      vulnerable_subjects:
        'Personen in einer schwächeren Position gegenüber dem Verantwortlichen, etwa Beschäftigte und Kinder.',
      innovative_tech:
        'Neue technische oder organisatorische Lösungen, deren Folgen für Personen noch nicht gut bekannt sind.',
      prevents_right:
        'Die Verarbeitung selbst kann Personen daran hindern, ein Recht auszuüben oder eine Dienstleistung oder einen Vertrag in Anspruch zu nehmen.',
    },
    criteriaHelp:
      'Kreuzen Sie jedes Kriterium an, das diese Verarbeitung erfüllt. Bei {{threshold}} oder mehr ist in der Regel eine DSFA erforderlich (Art. 35).',
    likely_one:
      '{{count}} Kriterium erfüllt: Eine Datenschutz-Folgenabschätzung ist wahrscheinlich erforderlich.',
    likely_other:
      '{{count}} Kriterien erfüllt: Eine Datenschutz-Folgenabschätzung ist wahrscheinlich erforderlich.',
    unlikely_one:
      '{{count}} Kriterium erfüllt: Eine DSFA ist in der Regel nicht erforderlich, es sei denn, die Verarbeitung steht auf der Liste Ihrer Aufsichtsbehörde.',
    unlikely_other:
      '{{count}} Kriterien erfüllt: Eine DSFA ist in der Regel nicht erforderlich, es sei denn, die Verarbeitung steht auf der Liste Ihrer Aufsichtsbehörde.',
    referencePlaceholder: 'z. B. DSFA-2026-03, oder wo die Begründung abgelegt ist',
    referenceHelp: 'Wo die DSFA oder die Begründung, keine durchzuführen, dokumentiert ist',
  },
  systems: {
    placeholder: 'System eingeben und Enter drücken',
    help: 'Die Anwendungen und Dienste, die die Verarbeitung nutzt',
    locationPlaceholder: 'z. B. Rechenzentrum in Frankfurt (DE)',
  },
  review: {
    reviewedToday: 'Heute überprüft (nächste Überprüfung in einem Jahr)',
  },
}
