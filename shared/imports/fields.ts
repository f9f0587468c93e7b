/**
 * The fields a column of someone else's spreadsheet can fill, and the headings that name each one: the app's
 * own headings in six languages (labelsFor(lang).fields, as the exports write them) plus the wording of the
 * ICO, CNIL and DSK templates and of registers seen in practice.
 */
import { z } from 'zod'
import { LABELS } from '../i18n/labels'
import type { Labels } from '../i18n/labels'
import { LANGUAGES } from '../schemas/codes'

export const IMPORT_FIELDS = [
  'reference', 'name', 'role', 'status', 'businessFunction', 'owner', 'description',
  'purposes', 'legalBasis', 'legitimateInterest', 'specialCategoryCondition', 'criminalDataBasis',
  'dataSubjectCategories', 'dataCategories', 'recipients', 'jointControllers', 'controllers',
  'transferCountries', 'transferMechanism', 'safeguardDocumentation', 'retention', 'securityMeasures', 'sources',
  'automatedDecisionMaking', 'dpiaRequired', 'dpiaStatus', 'dpiaReference', 'systems', 'dataLocation',
  'lastReviewedOn', 'nextReviewDue', 'notes',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]
export const importFieldSchema = z.enum(IMPORT_FIELDS)

/** Fields that several columns may fill: each column's text is added under its heading. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<ImportField> = new Set(['notes', 'description'])

export type Template = 'ico' | 'cnil' | 'dsk'

interface Synonym {
  field: ImportField
  heading: string
  template?: Template
}

type ActivityLabel = keyof Labels['fields']['activity']

/** Which of the app's own activity headings stand for which import field. */
const OWN_HEADINGS: [ActivityLabel, ImportField][] = [
  ['reference', 'reference'], ['name', 'name'], ['role', 'role'], ['status', 'status'], ['businessFunction', 'businessFunction'],
  ['owner', 'owner'], ['description', 'description'], ['purposes', 'purposes'], ['purpose', 'purposes'], ['legalBasis', 'legalBasis'],
  ['legitimateInterest', 'legitimateInterest'], ['specialCategoryCondition', 'specialCategoryCondition'], ['criminalDataBasis', 'criminalDataBasis'],
  ['dataSubjectCategories', 'dataSubjectCategories'], ['dataCategories', 'dataCategories'], ['retention', 'retention'],
  ['generalRetention', 'retention'], ['sources', 'sources'], ['recipients', 'recipients'], ['recipientCategory', 'recipients'],
  ['jointControllers', 'jointControllers'], ['controllers', 'controllers'], ['transfers', 'transferCountries'], ['country', 'transferCountries'],
  ['mechanism', 'transferMechanism'], ['safeguardDocumentation', 'safeguardDocumentation'], ['securityMeasures', 'securityMeasures'],
  ['automatedDecisionMaking', 'automatedDecisionMaking'], ['dpiaStatus', 'dpiaStatus'], ['dpia', 'dpiaStatus'], ['dpiaReference', 'dpiaReference'],
  ['systems', 'systems'], ['dataLocation', 'dataLocation'], ['lastReviewedOn', 'lastReviewedOn'], ['nextReviewDue', 'nextReviewDue'], ['notes', 'notes'],
]

const ART30_FIELDS: [string, ImportField][] = [
  ['30(1)(b)', 'purposes'], ['30(1)(d)', 'recipients'], ['30(1)(e)', 'transferCountries'], ['30(1)(f)', 'retention'], ['30(1)(g)', 'securityMeasures'],
  ['30(2)(a)', 'controllers'], ['30(2)(b)', 'purposes'], ['30(2)(c)', 'transferCountries'], ['30(2)(d)', 'securityMeasures'],
]

const ICO: [ImportField, string[]][] = [
  ['businessFunction', ['Business function']],
  ['purposes', ['Purpose of processing', 'Purpose of the processing', 'Purposes of processing']],
  ['jointControllers', ['Name and contact details of joint controller', 'Name and contact details of joint controller (if applicable)']],
  ['dataSubjectCategories', ['Categories of individuals']],
  ['dataCategories', ['Categories of personal data']],
  ['recipients', ['Categories of recipients']],
  ['notes', ['Link to contract with processor', 'Link to record of legitimate interests assessment', 'Rights available to individuals', 'Link to record of consent', 'Has a personal data breach occurred?', 'Link to record of personal data breach']],
  ['transferCountries', ['Names of third countries or international organisations that personal data are transferred to', 'Names of third countries or international organisations that personal data are transferred to (if applicable)']],
  ['transferMechanism', ['Safeguards for exceptional transfers of personal data to third countries or international organisations', 'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)']],
  ['retention', ['Retention schedule', 'Retention schedule (if possible)']],
  ['securityMeasures', ['General description of technical and organisational security measures', 'General description of technical and organisational security measures (if possible)']],
  ['legalBasis', ['Article 6 lawful basis for processing personal data', 'Article 6 lawful basis']],
  ['specialCategoryCondition', ['Article 9 basis for processing special category data', 'Article 9 condition for processing special category data', 'Article 9 condition for special category data']],
  ['legitimateInterest', ['Legitimate interests for the processing', 'Legitimate interests for the processing (if applicable)']],
  ['automatedDecisionMaking', ['Existence of automated decision-making, including profiling', 'Existence of automated decision-making, including profiling (if applicable)']],
  ['sources', ['The source of the personal data', 'The source of the personal data (if applicable)', 'Source of the personal data']],
  ['dataLocation', ['Location of personal data']],
  ['dpiaRequired', ['Data Protection Impact Assessment required?', 'DPIA required?']],
  ['dpiaStatus', ['Data Protection Impact Assessment progress', 'DPIA progress']],
  ['dpiaReference', ['Link to Data Protection Impact Assessment', 'Link to DPIA']],
]

const CNIL: [ImportField, string[]][] = [
  ['reference', ['Référence', 'N°', 'Numéro', 'Réf.']],
  ['name', ['Activité de traitement', 'Nom du traitement', 'Intitulé du traitement', 'Activités', 'Nom / sigle du traitement', 'Traitement']],
  ['purposes', ['Finalité(s) du traitement effectué', 'Finalité principale', 'Finalités', 'Finalité', 'Finalités du traitement', 'Objectifs poursuivis']],
  ['legalBasis', ['Base légale', 'Base juridique', 'Base légale du traitement', 'Fondement juridique']],
  ['dataSubjectCategories', ['Catégories de personnes concernées', 'Personnes concernées']],
  ['dataCategories', ['Catégories de données personnelles concernées', 'Catégories de données', 'Données traitées', 'Catégories de données collectées']],
  ['specialCategoryCondition', ['Données sensibles', 'Exception permettant de traiter des données sensibles']],
  ['retention', ['Durées de conservation des catégories de données', 'Durée de conservation', 'Durées de conservation']],
  ['recipients', ['Catégories de destinataires des données', 'Destinataires', 'Destinataires internes', 'Organismes externes', 'Sous-traitants']],
  ['transferCountries', ['Transferts des données hors UE', 'Transferts hors UE', 'Pays destinataires', 'Pays', 'Transfert hors de l’Union européenne']],
  ['transferMechanism', ['Garanties', 'Type de garanties', 'Garanties encadrant le transfert', 'Encadrement du transfert']],
  ['securityMeasures', ['Mesures de sécurité', 'Mesures de sécurité techniques et organisationnelles']],
  ['jointControllers', ['Responsable conjoint', 'Responsables conjoints', 'Responsable conjoint du traitement']],
  ['systems', ['Logiciels utilisés', 'Logiciel', 'Outils utilisés', 'Applications']],
  ['lastReviewedOn', ['Dernière mise à jour', 'Date de dernière mise à jour', 'Mise à jour']],
  ['notes', ['Date de création de la fiche', 'Observations', 'Commentaires', 'Remarques']],
  ['businessFunction', ['Service', 'Direction', 'Service chargé de la mise en œuvre', 'Service responsable']],
  ['owner', ['Personne responsable', 'Interlocuteur', 'Référent']],
  ['sources', ['Source des données', 'Origine des données']],
  ['dpiaStatus', ['Analyse d’impact', 'AIPD', 'Analyse d’impact relative à la protection des données']],
  ['automatedDecisionMaking', ['Décision automatisée', 'Profilage', 'Prise de décision automatisée']],
  ['dataLocation', ['Lieu de stockage', 'Localisation des données', 'Lieu d’hébergement']],
  ['description', ['Description', 'Description du traitement']],
]

const DSK: [ImportField, string[]][] = [
  ['reference', ['Lfd. Nr.', 'Nr.', 'Laufende Nummer', 'Kennung']],
  ['name', ['Bezeichnung der Verarbeitungstätigkeit', 'Verarbeitungstätigkeit', 'Bezeichnung']],
  ['purposes', ['Zwecke der Verarbeitung', 'Zweck der Verarbeitung', 'Zweck', 'Zwecke']],
  ['legalBasis', ['Rechtsgrundlage', 'Rechtsgrundlage der Verarbeitung']],
  ['dataSubjectCategories', ['Kategorien betroffener Personen', 'Betroffene Personen', 'Betroffenengruppen']],
  ['dataCategories', ['Kategorien personenbezogener Daten', 'Datenkategorien']],
  ['recipients', ['Kategorien von Empfängern', 'Empfänger', 'Interne Empfänger', 'Externe Empfänger']],
  ['transferCountries', ['Übermittlung an ein Drittland oder eine internationale Organisation', 'Drittland oder internationale Organisation', 'Drittlandübermittlung', 'Drittland']],
  ['transferMechanism', ['Geeignete Garantien', 'Dokumentation geeigneter Garantien', 'Garantien']],
  ['retention', ['Löschfristen', 'Fristen für die Löschung', 'Vorgesehene Fristen für die Löschung', 'Aufbewahrungsfrist']],
  ['securityMeasures', ['Technische und organisatorische Maßnahmen', 'TOM', 'TOMs', 'Technische und organisatorische Maßnahmen (TOM)']],
  ['businessFunction', ['Fachabteilung', 'Abteilung', 'Organisationseinheit']],
  ['owner', ['Ansprechpartner', 'Verantwortliche Person', 'Zuständig']],
  ['lastReviewedOn', ['Letzte Änderung', 'Datum der letzten Änderung', 'Letzte Prüfung']],
  ['notes', ['Datum der Einführung', 'Bemerkungen', 'Anmerkungen']],
  ['systems', ['Eingesetzte Systeme', 'IT-Systeme', 'Software']],
  ['dpiaStatus', ['Datenschutz-Folgenabschätzung', 'DSFA']],
]

const GENERAL: [ImportField, string[]][] = [
  ['reference', ['ID', 'Ref', 'Ref.', 'No.', 'Number', '#', 'Tunnus', 'Nro', 'Viite', 'Nr', 'Löpnummer', 'Referens', 'Reference number']],
  ['name', ['Activity', 'Processing activity', 'Processing', 'Name of processing', 'Name', 'Process', 'Käsittely', 'Käsittelytoimi', 'Behandling', 'Behandlingsaktivitet', 'Behandlingsaktivitet/behandling', 'Verarbeitung']],
  ['purposes', ['Purpose', 'Purposes', 'Tarkoitus', 'Käsittelyn tarkoitus', 'Käsittelyn tarkoitukset', 'Ändamål', 'Ändamål med behandlingen', 'Formål', 'Formålet med behandlingen']],
  ['legalBasis', ['Lawful basis', 'Legal basis', 'Legal ground', 'Käsittelyperuste', 'Oikeusperuste', 'Rättslig grund', 'Laglig grund', 'Retsgrundlag', 'Behandlingsgrundlag', 'Hjemmel']],
  ['dataSubjectCategories', ['Data subjects', 'Data subject categories', 'Individuals', 'Rekisteröidyt', 'Rekisteröityjen ryhmät', 'Kategorier av registrerade', 'Registrerade', 'Kategorier af registrerede', 'Registrerede']],
  ['dataCategories', ['Personal data', 'Data categories', 'Types of personal data', 'Data', 'Henkilötiedot', 'Henkilötietoryhmät', 'Kategorier av personuppgifter', 'Personuppgifter', 'Kategorier af personoplysninger', 'Personoplysninger']],
  ['recipients', ['Recipients', 'Disclosed to', 'Vastaanottajat', 'Tietojen vastaanottajat', 'Mottagare', 'Modtagere']],
  ['transferCountries', ['Third countries', 'International transfers', 'Transfers outside the EU', 'Transfer countries', 'Siirrot kolmansiin maihin', 'Kolmannet maat', 'Överföring till tredje land', 'Tredje land', 'Overførsel til tredjelande', 'Tredjelande']],
  ['transferMechanism', ['Transfer safeguards', 'Safeguards', 'Transfer mechanism', 'Suojatoimet', 'Siirtoperuste', 'Skyddsåtgärder', 'Garantier', 'Overførselsgrundlag']],
  ['retention', ['Retention', 'Retention period', 'Retention periods', 'Säilytysaika', 'Säilytysajat', 'Lagringstid', 'Gallringsfrist', 'Gallring', 'Slettefrist', 'Slettefrister', 'Opbevaringsperiode']],
  ['securityMeasures', ['Security measures', 'Security', 'TOMs', 'Technical and organisational measures', 'Tietoturvatoimet', 'Turvatoimet', 'Suojaustoimenpiteet', 'Säkerhetsåtgärder', 'Sikkerhedsforanstaltninger']],
  ['businessFunction', ['Department', 'Business area', 'Team', 'Function', 'Yksikkö', 'Osasto', 'Avdelning', 'Afdeling']],
  ['owner', ['Owner', 'Process owner', 'Responsible', 'Vastuuhenkilö', 'Ansvarig', 'Ansvarlig']],
  ['systems', ['Systems', 'Applications', 'Software', 'Tools', 'Järjestelmät', 'System', 'Systemer']],
  ['sources', ['Source', 'Sources', 'Data source', 'Lähde', 'Tietolähteet', 'Källa', 'Kilde']],
  ['notes', ['Notes', 'Comments', 'Remarks', 'Huomautukset', 'Lisätiedot', 'Anteckningar', 'Kommentarer', 'Bemærkninger']],
  ['lastReviewedOn', ['Last review', 'Last reviewed', 'Reviewed on', 'Last updated']],
  ['nextReviewDue', ['Next review', 'Review date', 'Next review date']],
  ['dpiaStatus', ['DPIA', 'Impact assessment', 'Vaikutustenarviointi', 'Konsekvensbedömning', 'Konsekvensanalyse']],
  ['dataLocation', ['Data location', 'Where the data is stored', 'Storage location', 'Hosting']],
  ['legitimateInterest', ['Legitimate interest', 'Legitimate interests', 'Oikeutettu etu', 'Berättigat intresse', 'Legitim interesse', 'Berechtigtes Interesse', 'Intérêt légitime']],
]

let synonyms: Synonym[] | null = null

/** Every heading known for every field, built once. */
export function headingSynonyms(): Synonym[] {
  if (synonyms) return synonyms
  const list: Synonym[] = []
  for (const lang of LANGUAGES) {
    const L = LABELS[lang]
    for (const [label, field] of OWN_HEADINGS) list.push({ field, heading: L.fields.activity[label] })
    for (const [point, field] of ART30_FIELDS) list.push({ field, heading: L.art30[point as keyof Labels['art30']] })
  }
  for (const [table, template] of [[ICO, 'ico'], [CNIL, 'cnil'], [DSK, 'dsk'], [GENERAL, undefined]] as const) {
    for (const [field, headings] of table) for (const heading of headings) list.push({ field, heading, template })
  }
  synonyms = list
  return list
}
