/** Die festen Texte der Datenschutzhinweise auf Deutsch, in den Begriffen der deutschen Sprachfassung der DSGVO. */
import type { NoticeTexts } from './en'

export const noticeTextsDe: NoticeTexts = {
  title: 'Datenschutzhinweise',
  titleFor: 'Datenschutzhinweise für {{audience}}',
  updated: 'Stand: {{date}}',
  intro:
    'Diese Hinweise erklären, wie {{controller}} personenbezogene Daten über Sie verarbeitet und welche Rechte Sie haben. ' +
    'Sie enthalten die Informationen, die Artikel 13 und 14 der Datenschutz-Grundverordnung (DSGVO) verlangen.',
  writtenFor: 'Sie richten sich an: {{audiences}}.',
  contents: 'Inhalt',
  summary: {
    heading: 'Das Wichtigste in Kürze',
    controller: 'Verantwortlicher',
    dpo: 'Datenschutzbeauftragter',
    purposes: 'Wir verarbeiten Ihre Daten für: {{purposes}}.',
    recipients: 'Empfänger: {{recipients}}.',
    noRecipients: 'Wir geben die Daten an keine anderen Empfänger weiter.',
    transfers: 'Ein Teil der Daten wird in Länder außerhalb der EU/des EWR übermittelt: {{destinations}}.',
    noTransfers: 'Die Daten werden nicht in Länder außerhalb der EU/des EWR übermittelt.',
    rights: 'Ihre Rechte: {{rights}}.',
    complaint: 'Sie können sich auch bei {{authority}} beschweren.',
    objection:
      'Widerspruchsrecht: Sie können jederzeit aus Gründen, die sich aus Ihrer besonderen Situation ergeben, der Verarbeitung Ihrer ' +
      'Daten für {{purposes}} widersprechen. Der Direktwerbung können Sie immer widersprechen.',
    details: 'Die Einzelheiten folgen unten.',
  },
  controller: {
    heading: 'Wer für Ihre Daten verantwortlich ist',
    intro:
      '{{controller}} ist Verantwortlicher: Wir entscheiden über die Zwecke und Mittel der Verarbeitung Ihrer personenbezogenen Daten.',
    representative: 'Unser Vertreter in der EU (Art. 27 DSGVO)',
    dpo: 'Unser Datenschutzbeauftragter',
    contactPerson: 'Ansprechpartner für Datenschutzfragen',
  },
  audience: {
    intro: 'Dieser Teil richtet sich an: {{audience}}.',
  },
  activity: {
    purposes: 'Wofür wir Ihre Daten verarbeiten und auf welcher Rechtsgrundlage',
    basis: 'Rechtsgrundlage: {{basis}} ({{article}})',
    legitimateInterest: 'Unser berechtigtes Interesse: {{interest}}',
    specialCondition:
      'Für besondere Kategorien personenbezogener Daten stützen wir uns auf {{article}}: {{condition}}',
    criminalBasis:
      'Für Daten über strafrechtliche Verurteilungen und Straftaten stützen wir uns auf: {{basis}}',
    jointControllers:
      'Für diese Verarbeitung sind wir gemeinsam mit {{parties}} verantwortlich (gemeinsam Verantwortliche). Das Wesentliche unserer ' +
      'Vereinbarung stellen wir Ihnen auf Anfrage zur Verfügung; Ihre Rechte können Sie bei und gegenüber jedem von uns geltend machen.',
    data: 'Welche personenbezogenen Daten wir verarbeiten und wie lange wir sie speichern',
    special: '{{name}} (besondere Kategorie: {{kind}})',
    sources: 'Woher die Daten stammen',
    required: 'Müssen Sie uns die Daten geben?',
    recipients: 'Wer die Daten erhält',
    noRecipients: 'Wir geben diese Daten an keine anderen Empfänger weiter.',
    recipientPurpose: '{{recipient}}, für: {{purpose}}',
    transfers: 'Übermittlungen in Länder außerhalb der EU/des EWR',
    noTransfers: 'Wir übermitteln diese Daten nicht in Länder außerhalb der EU/des EWR.',
    automated: 'Automatisierte Entscheidungen',
    automatedYes:
      'Wir treffen Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhen.',
    automatedLogic: 'Wie das funktioniert und was es für Sie bedeutet: {{logic}}',
    automatedNo:
      'Wir treffen keine Entscheidungen über Sie, die ausschließlich auf einer automatisierten Verarbeitung beruhen.',
  },
  basis: {
    '6_1_a': 'Ihre Einwilligung',
    '6_1_b': 'ein Vertrag mit Ihnen oder vorvertragliche Maßnahmen auf Ihre Anfrage',
    '6_1_c': 'eine rechtliche Verpflichtung, der wir unterliegen',
    '6_1_d': 'der Schutz Ihrer lebenswichtigen Interessen oder derer einer anderen Person',
    '6_1_e': 'die Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt',
    '6_1_f': 'unsere berechtigten Interessen oder die eines Dritten',
  },
  requirement: {
    '6_1_a':
      'Ihre Einwilligung ist freiwillig. Wenn Sie sie nicht erteilen, verarbeiten wir Ihre Daten hierfür nicht.',
    '6_1_b':
      'Die Daten sind für den Abschluss oder die Erfüllung des Vertrags mit Ihnen erforderlich. Ohne sie können wir den Vertrag nicht schließen oder erfüllen.',
    '6_1_c':
      'Das Gesetz verpflichtet uns, die Daten zu erheben (gesetzliche Vorschrift). Ohne sie können wir unsere rechtliche Verpflichtung nicht erfüllen.',
    '6_1_d': 'Sie sind nicht verpflichtet, uns die Daten zu geben.',
    '6_1_e':
      'Ob Sie verpflichtet sind, uns die Daten zu geben, ergibt sich aus dem Gesetz, das uns die Aufgabe überträgt. Fragen Sie uns, wenn Sie unsicher sind.',
    '6_1_f': 'Sie sind nicht verpflichtet, uns die Daten zu geben.',
  },
  requirementFor: 'Für {{purposes}}: {{requirement}}',
  source: {
    data_subject: 'Von Ihnen',
    third_party: 'Von anderen',
    public: 'Aus öffentlich zugänglichen Quellen',
    generated: 'Wir erzeugen sie selbst',
  },
  recipientKind: {
    processor: 'Dienstleister, die die Daten in unserem Auftrag verarbeiten (Auftragsverarbeiter)',
    sub_processor: 'Dienstleister, die die Daten in unserem Auftrag verarbeiten (Auftragsverarbeiter)',
    joint_controller: 'Organisationen, die mit uns gemeinsam verantwortlich sind',
    independent_controller: 'Andere Organisationen, die die Daten für eigene Zwecke verwenden',
    public_authority: 'Behörden',
    client_controller: 'Andere Organisationen, die die Daten für eigene Zwecke verwenden',
    other: 'Andere Empfänger',
  },
  someRecipient: 'Ein Empfänger',
  transfer: {
    to: '{{recipient}} in {{destination}}',
    adequacy:
      'Die Europäische Kommission hat beschlossen, dass dort ein angemessenes Schutzniveau besteht ({{article}}).',
    safeguard:
      'geschützt durch {{mechanism}} ({{article}}). Eine Kopie dieser Garantien erhalten Sie bei uns: {{contact}}.',
    derogation:
      'Es gibt weder einen Angemessenheitsbeschluss noch geeignete Garantien; die Übermittlung ist als Ausnahme für einen bestimmten Fall zulässig: {{mechanism}} ({{article}}).',
    askUs: 'schreiben Sie uns',
  },
  retention: {
    month: '1 Monat',
    months: '{{n}} Monate',
    year: '1 Jahr',
    years: '{{n}} Jahre',
  },
  rights: {
    heading: 'Ihre Rechte',
    intro:
      'Sie haben die folgenden Rechte. Um sie auszuüben, wenden Sie sich an uns: {{contact}}. Wir antworten innerhalb eines Monats.',
    introNoContact: 'Sie haben die folgenden Rechte. Um sie auszuüben, wenden Sie sich an uns.',
    onlyFor: 'Gilt für: {{purposes}}.',
  },
  rightText: {
    access:
      'Sie können erfahren, ob wir Daten über Sie verarbeiten, und eine Kopie davon mit Informationen über die Verarbeitung erhalten.',
    rectification:
      'Sie können unrichtige Daten über Sie berichtigen und unvollständige Daten vervollständigen lassen.',
    erasure:
      'Sie können verlangen, dass wir Ihre Daten löschen, zum Beispiel wenn wir sie nicht mehr brauchen oder Sie Ihre Einwilligung widerrufen.',
    restriction:
      'Sie können verlangen, dass wir die Verarbeitung Ihrer Daten einschränken, zum Beispiel während wir ihre Richtigkeit prüfen.',
    portability:
      'Sie können die Daten, die Sie uns gegeben haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und an eine andere Organisation übermitteln lassen.',
    objection:
      'Sie können jederzeit aus Gründen, die sich aus Ihrer besonderen Situation ergeben, einer Verarbeitung widersprechen, die auf ' +
      'unseren berechtigten Interessen oder auf einer Aufgabe im öffentlichen Interesse beruht. Der Direktwerbung können Sie immer widersprechen.',
    withdrawConsent:
      'Sie können Ihre Einwilligung jederzeit widerrufen. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.',
    automatedDecision:
      'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden, ' +
      'die Sie erheblich beeinträchtigt. Sie können verlangen, dass ein Mensch die Entscheidung prüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.',
    complaint:
      'Sie können sich bei einer Aufsichtsbehörde beschweren, insbesondere in dem EU/EWR-Staat, in dem Sie wohnen oder arbeiten oder ' +
      'in dem der mutmaßliche Verstoß stattgefunden hat.',
  },
  authority: {
    heading: 'Recht auf Beschwerde bei einer Aufsichtsbehörde',
    intro: 'Unsere federführende Aufsichtsbehörde ist:',
    website: 'Website',
    address: 'Anschrift',
    complaintPage: 'So beschweren Sie sich',
  },
  changes: {
    heading: 'Änderungen dieser Hinweise',
    text: 'Wir aktualisieren diese Hinweise, wenn sich unsere Verarbeitung personenbezogener Daten ändert. Diese Fassung ist vom {{date}}.',
  },
  gap: {
    noControllerActivities:
      'Im Verzeichnis nicht angegeben: eine Verarbeitung in unserer Verantwortung, die diese Personen betrifft.',
    noControllerContact: 'Im Verzeichnis nicht angegeben: unsere Anschrift, E-Mail oder Telefonnummer.',
    noDpoContact: 'Im Verzeichnis nicht angegeben: die Kontaktdaten unseres Datenschutzbeauftragten.',
    noAuthority: 'Im Verzeichnis nicht angegeben: unsere federführende Aufsichtsbehörde.',
    authorityRegional:
      'Zu ergänzen: Ein privates Unternehmen in Deutschland nennt die Datenschutzaufsichtsbehörde seines Landes; angezeigt ist der Bundesbeauftragte.',
    noAudience: 'Im Verzeichnis nicht angegeben: wen diese Verarbeitung betrifft.',
    noPurposes: 'Im Verzeichnis nicht angegeben: die Zwecke der Verarbeitung.',
    noLegalBasis: 'Im Verzeichnis nicht angegeben: die Rechtsgrundlage dieses Zwecks.',
    noLegitimateInterest: 'Im Verzeichnis nicht angegeben: das verfolgte berechtigte Interesse.',
    noDataCategories: 'Im Verzeichnis nicht angegeben: die Kategorien personenbezogener Daten.',
    noRetention: 'Im Verzeichnis nicht angegeben: wie lange diese Daten gespeichert werden.',
    noSources: 'Im Verzeichnis nicht angegeben: woher die Daten stammen.',
    noSourceDescription: 'Im Verzeichnis nicht angegeben: um welche Quelle es sich handelt.',
    noTransferMechanism: 'Im Verzeichnis nicht angegeben: eine gültige Grundlage für diese Übermittlung.',
    noAutomatedDecisionLogic:
      'Im Verzeichnis nicht angegeben: aussagekräftige Informationen über die involvierte Logik und die Folgen für Sie.',
  },
  otherProcessing: 'Verarbeitungen ohne Zielgruppe',
}
