/**
 * German finding messages, in the terms of the German GDPR (DSGVO) and the wording of the German supervisory
 * authorities. A destination is given as "(Ziel: …)" because country names need an article in German
 * ("in die Vereinigten Staaten") that a placeholder cannot supply.
 */
import type { FindingMessages } from './en'

export const findingsDe: FindingMessages = {
  ART30_CONTACT_MISSING:
    'Für {{organisation}} sind keine Kontaktdaten erfasst. Das Verzeichnis muss den Namen und die Kontaktdaten ' +
    'der Organisation enthalten: Ergänzen Sie im Profil der Organisation eine Anschrift, eine E-Mail-Adresse ' +
    'oder eine Telefonnummer.',
  REPRESENTATIVE_MISSING:
    'Die Organisation ist außerhalb der EU/des EWR niedergelassen ({{country}}), und es ist kein Vertreter in ' +
    'der Union erfasst. Ein nicht in der Union niedergelassener Verantwortlicher oder Auftragsverarbeiter muss ' +
    'schriftlich einen Vertreter benennen (Art. 27 DSGVO): Ergänzen Sie Namen und Kontaktdaten des Vertreters ' +
    'im Profil der Organisation.',
  ART30_5_EXEMPTION_POSSIBLE:
    'Die Organisation beschäftigt {{count}} Personen, also weniger als {{threshold}}, und erfasst weder besondere ' +
    'Kategorien personenbezogener Daten noch Daten über strafrechtliche Verurteilungen und Straftaten; die ' +
    'Ausnahme von der Pflicht zum Führen dieses Verzeichnisses nach Art. 30 Abs. 5 DSGVO könnte daher greifen. ' +
    'Sie greift nicht, wenn eine Verarbeitung ein Risiko für die Rechte und Freiheiten der betroffenen Personen ' +
    'birgt oder nicht nur gelegentlich erfolgt. Regelmäßige Verarbeitungen, etwa von Beschäftigten- oder ' +
    'Kundendaten, erfolgen nicht nur gelegentlich (Positionspapier der Artikel-29-Datenschutzgruppe); in der ' +
    'Praxis müssen die meisten Organisationen das Verzeichnis daher dennoch führen.',
  ART30_JOINT_CONTROLLERS_MISSING:
    'Für diese Verarbeitungstätigkeit besteht eine gemeinsame Verantwortlichkeit, es ist aber kein gemeinsam ' +
    'Verantwortlicher genannt. Ergänzen Sie die gemeinsam Verantwortlichen mit ihren Kontaktdaten.',
  PROCESSOR_NO_CONTROLLERS:
    'Dieser Eintrag im Verzeichnis des Auftragsverarbeiters nennt nicht die Verantwortlichen, in deren Auftrag ' +
    'die Verarbeitung erfolgt. Ergänzen Sie jeden Verantwortlichen (Auftraggeber) mit seinen Kontaktdaten.',
  PARTY_CONTACT_MISSING:
    'Für {{party}}, in dieser Verarbeitungstätigkeit genannt, sind keine Kontaktdaten erfasst. Das Verzeichnis ' +
    'muss Namen und Kontaktdaten jedes gemeinsam Verantwortlichen und jedes Verantwortlichen enthalten, in ' +
    'dessen Auftrag ein Auftragsverarbeiter tätig ist: Ergänzen Sie beim Beteiligten eine Anschrift oder eine ' +
    'E-Mail-Adresse.',
  ART30_PURPOSES_MISSING:
    'Es ist kein Zweck erfasst. Das Verzeichnis muss die Zwecke der Verarbeitung angeben: Ergänzen Sie ' +
    'mindestens einen Zweck mit seiner Rechtsgrundlage.',
  ART30_PROCESSING_MISSING:
    'Es ist keine Kategorie von Verarbeitungen erfasst. Das Verzeichnis eines Auftragsverarbeiters muss die ' +
    'Kategorien von Verarbeitungen beschreiben, die im Auftrag jedes Verantwortlichen durchgeführt werden: ' +
    'Ergänzen Sie mindestens eine.',
  ART30_DATA_SUBJECTS_MISSING:
    'Es ist keine Kategorie betroffener Personen erfasst. Geben Sie an, wessen Daten verarbeitet werden, ' +
    'z. B. Beschäftigte oder Kunden.',
  ART30_DATA_CATEGORIES_MISSING:
    'Es ist keine Kategorie personenbezogener Daten erfasst. Ergänzen Sie die Kategorien der verarbeiteten ' +
    'Daten, z. B. Kontaktdaten.',
  ART30_RECIPIENTS_MISSING:
    'Es ist kein Empfänger erfasst. Führen Sie alle auf, denen die Daten offengelegt werden, einschließlich ' +
    'Auftragsverarbeitern und Empfängern in Drittländern. Werden die Daten tatsächlich niemandem offengelegt, ' +
    'vermerken Sie dies in den Bemerkungen.',
  ART30_SECURITY_MISSING:
    'Es ist keine Sicherheitsmaßnahme erfasst. Beschreiben Sie nach Möglichkeit die technischen und ' +
    'organisatorischen Maßnahmen zum Schutz der Daten (Art. 32 DSGVO), z. B. Zugriffskontrolle oder ' +
    'Verschlüsselung.',
  RETENTION_MISSING:
    'Für „{{category}}“ ist keine Löschfrist erfasst. Geben Sie an, wann diese Daten gelöscht werden, z. B. ' +
    '„6 Jahre nach Vertragsende“, oder legen Sie eine allgemeine Löschregel für die Verarbeitungstätigkeit fest.',
  TRANSFER_NO_MECHANISM:
    'Für die Übermittlung (Ziel: {{destination}}) ist keine Übermittlungsgrundlage erfasst. {{destination}} ' +
    'liegt außerhalb der EU/des EWR; die Übermittlung braucht daher einen Angemessenheitsbeschluss, der den ' +
    'Empfänger erfasst, geeignete Garantien wie Standardvertragsklauseln oder eine Ausnahme: Erfassen Sie die ' +
    'Grundlage, auf die sie sich stützt.',
  TRANSFER_NO_ADEQUACY:
    'Die Übermittlung (Ziel: {{destination}}) stützt sich auf einen Angemessenheitsbeschluss, für dieses Ziel ' +
    'ist jedoch kein Angemessenheitsbeschluss in Kraft. Wählen Sie eine andere Grundlage, z. B. ' +
    'Standardvertragsklauseln.',
  TRANSFER_US_NOT_DPF:
    'Die Übermittlung an {{party}} (Ziel: {{destination}}) stützt sich auf den Angemessenheitsbeschluss für die ' +
    'USA, der nur nach dem EU-US Data Privacy Framework zertifizierte Organisationen erfasst, und {{party}} ist ' +
    'nicht als zertifiziert gekennzeichnet. Prüfen Sie die Data-Privacy-Framework-Liste und kennzeichnen Sie ' +
    'den Empfänger als zertifiziert, oder nutzen Sie eine andere Grundlage wie Standardvertragsklauseln.',
  DPF_CHECK_OLD:
    'Die Übermittlung an {{party}} stützt sich auf dessen Zertifizierung nach dem EU-US Data Privacy ' +
    'Framework, die zuletzt am {{checkedOn}} geprüft wurde. Eine Zertifizierung erlischt, wenn sie nicht ' +
    'jährlich erneuert wird: Prüfen Sie {{party}} erneut in der Data-Privacy-Framework-Liste und tragen Sie ' +
    'das Datum ein.',
  DPF_NOT_CHECKED:
    'Die Übermittlung an {{party}} stützt sich auf dessen Zertifizierung nach dem EU-US Data Privacy ' +
    'Framework. Die Angabe stammt aus der Anbieterbibliothek und wurde noch nicht geprüft. Prüfen Sie ' +
    '{{party}} in der Data-Privacy-Framework-Liste und tragen Sie das Datum der Prüfung ein.',
  TRANSFER_US_RECIPIENT_UNKNOWN:
    'Die Übermittlung (Ziel: {{destination}}) stützt sich auf den Angemessenheitsbeschluss für die USA, der nur ' +
    'nach dem EU-US Data Privacy Framework zertifizierte Organisationen erfasst, der Empfänger ist jedoch nicht ' +
    'angegeben. Geben Sie den Empfänger an und kennzeichnen Sie ihn als zertifiziert, oder nutzen Sie eine ' +
    'andere Grundlage wie Standardvertragsklauseln.',
  TRANSFER_ADEQUACY_SCOPE:
    'Der Angemessenheitsbeschluss (Ziel: {{destination}}) erfasst nur bestimmte Empfänger: {{scope}} ' +
    'Vergewissern Sie sich, dass der Empfänger erfasst ist, oder nutzen Sie eine andere Grundlage.',
  MECHANISM_INVALID:
    'Die Übermittlung (Ziel: {{destination}}) stützt sich auf „{{mechanism}}“; darauf kann man sich seit ' +
    '{{endedOn}} nicht mehr stützen. Wählen Sie eine gültige Grundlage, z. B. die Standardvertragsklauseln des ' +
    'Durchführungsbeschlusses (EU) 2021/914 oder, für einen nach dem Data Privacy Framework zertifizierten ' +
    'Empfänger in den Vereinigten Staaten, den Angemessenheitsbeschluss.',
  SCC_NO_MODULE:
    'Bei den Standardvertragsklauseln für die Übermittlung (Ziel: {{destination}}) ist nicht angegeben, welches ' +
    'Modul verwendet wird. Erfassen Sie das Modul, das den Rollen entspricht: 1 Verantwortlicher an ' +
    'Verantwortlichen, 2 Verantwortlicher an Auftragsverarbeiter, 3 Auftragsverarbeiter an Auftragsverarbeiter, ' +
    '4 Auftragsverarbeiter an Verantwortlichen.',
  SCC_NO_TIA:
    'Für die Übermittlung (Ziel: {{destination}}) auf Grundlage von Standardvertragsklauseln ist keine ' +
    'Transfer-Folgenabschätzung (TIA) erfasst. Prüfen Sie, ob Recht und Praxis des Ziellandes es dem Datenimporteur ' +
    'ermöglichen, die Klauseln einzuhalten, ergänzen Sie bei Bedarf zusätzliche Maßnahmen und kennzeichnen Sie ' +
    'die Prüfung als durchgeführt.',
  DEROGATION_49_1_2_UNDOCUMENTED:
    'Die Übermittlung (Ziel: {{destination}}) stützt sich auf zwingende berechtigte Interessen (Art. 49 Abs. 1 ' +
    'UAbs. 2 DSGVO), die Beurteilung und die geeigneten Garantien sind jedoch nicht dokumentiert. Art. 49 ' +
    'Abs. 6 DSGVO verlangt, dass sie im Verzeichnis erfasst werden: Beschreiben Sie sie bei den Garantien der ' +
    'Übermittlung.',
  DEROGATION_REGULAR:
    'Die Übermittlung (Ziel: {{destination}}) stützt sich auf die Ausnahme „{{derogation}}“ ' +
    '({{derogationArticle}}). Ausnahmen sind für gelegentliche Übermittlungen gedacht, und da diese ' +
    'Verarbeitungstätigkeit aktiv ist, wird vermutet, dass ihre Übermittlungen regelmäßig erfolgen. Nutzen Sie ' +
    'einen Angemessenheitsbeschluss oder Garantien wie Standardvertragsklauseln, es sei denn, die ' +
    'Übermittlungen erfolgen tatsächlich nur gelegentlich.',
  TRANSFER_NOT_RECORDED:
    '{{party}} erhält Daten und befindet sich außerhalb der EU/des EWR ({{country}}), es ist jedoch keine ' +
    'Übermittlung dorthin erfasst. Ergänzen Sie die Übermittlung mit ihrer Grundlage, oder berichtigen Sie das ' +
    'Land der beteiligten Stelle.',
  SPECIAL_NO_CONDITION:
    '„{{category}}“ gehört zu den besonderen Kategorien personenbezogener Daten ({{kind}}), aber kein Zweck ' +
    'dieser Verarbeitungstätigkeit nennt eine Ausnahme nach Art. 9 Abs. 2 DSGVO. Die Verarbeitung ist ' +
    'untersagt, sofern keine Ausnahme greift: Wählen Sie die Ausnahme bei dem Zweck, für den diese Daten ' +
    'verwendet werden.',
  CRIMINAL_NO_BASIS:
    '„{{category}}“ sind Daten über strafrechtliche Verurteilungen und Straftaten, aber kein Zweck dieser ' +
    'Verarbeitungstätigkeit nennt die Grundlage für ihre Verarbeitung. Nennen Sie die Rechtsvorschrift, die ' +
    'sie zulässt, oder die Behörde, unter deren Aufsicht sie erfolgt (Art. 10 DSGVO).',
  NATIONAL_ID:
    '„{{category}}“ ist eine nationale Kennziffer. Das nationale Recht kann Bedingungen für ihre Verarbeitung ' +
    'festlegen (Art. 87 DSGVO): Prüfen Sie die Vorschriften der betroffenen Länder und vermerken Sie, wie sie ' +
    'eingehalten werden.',
  LEGAL_BASIS_MISSING:
    'Für den Zweck „{{purpose}}“ ist keine Rechtsgrundlage erfasst. Wählen Sie die Rechtsgrundlage nach Art. 6 ' +
    'Abs. 1 DSGVO, auf die sich die Verarbeitung stützt.',
  LEGITIMATE_INTEREST_MISSING:
    'Der Zweck „{{purpose}}“ stützt sich auf berechtigte Interessen, das verfolgte Interesse ist jedoch nicht ' +
    'angegeben. Beschreiben Sie das Interesse, und bewahren Sie die Interessenabwägung auf, in der es gegen ' +
    'die Rechte der betroffenen Personen abgewogen wird.',
  LEGITIMATE_INTEREST_ASSESSMENT_MISSING:
    'Der Zweck „{{purpose}}“ stützt sich auf berechtigte Interessen, das Verzeichnis nennt jedoch nicht, wo die ' +
    'Interessenabwägung dokumentiert ist. Nach Art. 6 Abs. 1 lit. f DSGVO ist das Interesse gegen die Rechte ' +
    'der betroffenen Personen abzuwägen (Erwägungsgrund 47), und der Verantwortliche muss dies nachweisen ' +
    'können (Art. 5 Abs. 2 DSGVO): Geben Sie an, wo die Interessenabwägung aufbewahrt wird.',
  CONDITION_REFERENCE_MISSING:
    'Der Zweck „{{purpose}}“ stützt sich auf eine Bedingung, die eine Grundlage im Unionsrecht oder im Recht ' +
    'eines Mitgliedstaats verlangt (Art. 9 Abs. 2 lit. b, g–j oder Art. 10 DSGVO), die Vorschrift ist jedoch ' +
    'nicht genannt. Geben Sie das Gesetz und die Vorschrift an, auf die sich die Verarbeitung stützt, etwa im ' +
    'Arbeits- oder Gesundheitsrecht.',
  DPIA_NOT_COMPLETED:
    'Die Schwellwertanalyse dieser Verarbeitungstätigkeit ergibt: {{reasons}}. Eine ' +
    'Datenschutz-Folgenabschätzung ist daher voraussichtlich erforderlich, es ist aber keine als abgeschlossen ' +
    'erfasst. Führen Sie die Datenschutz-Folgenabschätzung durch und kennzeichnen Sie sie als abgeschlossen ' +
    'oder, wenn Sie zu dem Ergebnis gekommen sind, dass keine erforderlich ist, kennzeichnen Sie sie als nicht ' +
    'erforderlich und verweisen Sie auf die dokumentierte Begründung.',
  REVIEW_OVERDUE:
    'Die Überprüfung dieser Verarbeitungstätigkeit war am {{due}} fällig. Prüfen Sie, ob der Eintrag noch ' +
    'zutrifft, erfassen Sie dann die Überprüfung und legen Sie das Datum der nächsten Überprüfung fest.',
}
