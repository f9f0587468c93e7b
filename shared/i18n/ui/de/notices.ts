/** The privacy notice page. */
import type { UiMessages } from '../../en'

export const noticesDe: UiMessages['notices'] = {
  title: 'Datenschutzhinweise',
  intro:
    'Die Informationen für die Personen, deren Daten die Organisation verarbeitet (Art. 13 und 14 DSGVO), aus dem Verzeichnis erstellt. Füllen Sie die Lücken im Verzeichnis, dann folgen die Hinweise.',
  audience: 'Zielgruppe',
  allAudiences: 'Alle (ein Teil je Zielgruppe)',
  language: 'Sprache der Hinweise',
  recipients: 'Empfänger',
  byName: 'Mit Namen',
  byCategory: 'Nach Kategorie',
  format: 'Format',
  export: 'Hinweise exportieren',
  exporting: 'Die Hinweise werden geschrieben… {{percent}} %',
  done: 'Hinweise geschrieben und auf der Seite Exporte erfasst',
  chooseCancelled: 'Es wurde keine Datei gewählt, daher wurde nichts geschrieben.',
  preview: 'Vorschau der Hinweise',
  gapsTitle: 'Lücken im Verzeichnis',
  gapsNone: 'Es fehlt nichts: Das Verzeichnis enthält alles, was diese Hinweise brauchen.',
  gapsIntro:
    'Der Entwurf markiert diese Stellen gelb. Füllen Sie sie im Verzeichnis, dann folgen die Hinweise.',
  fixIn: 'Beheben in {{activity}}',
  fixInProfile: 'Beheben im Profil der Organisation',
  gaps: {
    noControllerActivities: 'Keine Verarbeitung in unserer Verantwortung betrifft diese Zielgruppe.',
    noControllerContact: 'Die Organisation hat keine Anschrift, E-Mail oder Telefonnummer.',
    noDpoContact: 'Beim Datenschutzbeauftragten fehlen die Kontaktdaten.',
    noAuthority: 'Die federführende Aufsichtsbehörde ist nicht angegeben.',
    authorityRegional:
      'In Deutschland ist die Aufsichtsbehörde des Landes zu nennen; angezeigt ist der Bundesbeauftragte.',
    noAudience:
      'Die Verarbeitung nennt keine Kategorien betroffener Personen und erscheint daher bei keiner Zielgruppe.',
    noPurposes: 'Der Verarbeitung fehlen die Zwecke.',
    noLegalBasis: 'Einem Zweck fehlt die Rechtsgrundlage.',
    noLegitimateInterest: 'Ein Zweck stützt sich auf berechtigte Interessen, ohne sie zu nennen.',
    noDataCategories: 'Der Verarbeitung fehlen die Kategorien personenbezogener Daten.',
    noRetention: 'Einer Datenkategorie fehlt die Löschfrist.',
    noSources: 'Woher die Daten stammen, ist nicht angegeben.',
    noSourceDescription: 'Eine andere Quelle als die Person selbst ist nicht benannt.',
    noTransferMechanism: 'Einer Übermittlung außerhalb der EU/des EWR fehlt eine gültige Grundlage.',
    noAutomatedDecisionLogic:
      'Automatisierte Entscheidungen ohne aussagekräftige Informationen über die Logik und die Folgen.',
  },
}
