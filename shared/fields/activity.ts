/**
 * The field registry: every field of a processing activity, once, in the order the register shows them.
 * The exports, the history's sentences, the register as of a date, the spreadsheet importer, the editor and
 * the store iterate these entries; `satisfies` makes a field of the schema without an entry (or an entry
 * without a field) a compile error. docs/adding-a-field.md says how to add one.
 */
import { activityFieldsSchema, type ActivityFields } from '../schemas/activity'
import { fieldsOf, type Field } from './define'
import {
  DATA_CATEGORY_ITEM,
  dataCategoryName,
  DPIA_FIELDS,
  PURPOSE_ITEM,
  RECIPIENT_ITEM,
  SOURCE_ITEM,
  TRANSFER_ITEM,
} from './items'
import { present, type RenderContext } from './render'

const a = fieldsOf(activityFieldsSchema)

/** A party with its address, country, email and website, as a reader needs to contact it. */
function partyDetails(id: string, ctx: RenderContext): string | null {
  const party = ctx.party(id)
  if (!party) return ctx.name(id)
  const details = present(
    party.address,
    party.country === null ? null : ctx.country(party.country),
    party.email,
    party.website,
  ).join(', ')
  return details === '' ? party.name : `${party.name}, ${details}`
}

export const ACTIVITY_FIELD_MAP = {
  reference: a.text('reference', 'reference', {
    codec: 'text',
    editor: { section: 'about' },
    import: [
      {
        field: 'reference',
        read: 'custom',
        headings: {
          cnil: ['Référence', 'N°', 'Numéro', 'Réf.'],
          dsk: ['Lfd. Nr.', 'Nr.', 'Laufende Nummer', 'Kennung'],
          general: [
            'ID',
            'Ref',
            'Ref.',
            'No.',
            'Number',
            '#',
            'Tunnus',
            'Nro',
            'Viite',
            'Nr',
            'Löpnummer',
            'Referens',
            'Reference number',
          ],
        },
      },
    ],
  }),
  name: a.text('name', 'name', {
    codec: 'text',
    editor: { section: 'about' },
    import: [
      {
        field: 'name',
        read: 'custom',
        headings: {
          cnil: [
            'Activité de traitement',
            'Nom du traitement',
            'Intitulé du traitement',
            'Activités',
            'Nom / sigle du traitement',
            'Traitement',
          ],
          dsk: ['Bezeichnung der Verarbeitungstätigkeit', 'Verarbeitungstätigkeit', 'Bezeichnung'],
          general: [
            'Activity',
            'Processing activity',
            'Processing',
            'Name of processing',
            'Name',
            'Process',
            'Käsittely',
            'Käsittelytoimi',
            'Behandling',
            'Behandlingsaktivitet',
            'Behandlingsaktivitet/behandling',
            'Verarbeitung',
          ],
        },
      },
    ],
  }),
  role: a.code('role', 'role', 'role', {
    editor: { section: 'about' },
    import: [{ field: 'role', read: 'custom' }],
  }),
  status: a.code('status', 'status', 'status', {
    editor: { section: 'about' },
    import: [{ field: 'status', read: 'custom' }],
  }),
  businessFunction: a.text('businessFunction', 'businessFunction', {
    editor: { section: 'about', input: 'text', placeholder: 'editor.about.businessFunctionPlaceholder' },
    import: [
      {
        field: 'businessFunction',
        read: 'text',
        headings: {
          ico: ['Business function'],
          cnil: ['Service', 'Direction', 'Service chargé de la mise en œuvre', 'Service responsable'],
          dsk: ['Fachabteilung', 'Abteilung', 'Organisationseinheit'],
          general: [
            'Department',
            'Business area',
            'Team',
            'Function',
            'Yksikkö',
            'Osasto',
            'Avdelning',
            'Afdeling',
          ],
        },
      },
    ],
  }),
  owner: a.text('owner', 'owner', {
    editor: { section: 'about', input: 'text', placeholder: 'editor.about.ownerPlaceholder' },
    import: [
      {
        field: 'owner',
        read: 'text',
        headings: {
          cnil: ['Personne responsable', 'Interlocuteur', 'Référent'],
          dsk: ['Ansprechpartner', 'Verantwortliche Person', 'Zuständig'],
          general: ['Owner', 'Process owner', 'Responsible', 'Vastuuhenkilö', 'Ansvarig', 'Ansvarlig'],
        },
      },
    ],
  }),
  description: a.text('description', 'description', {
    codec: 'text',
    editor: { section: 'about', input: 'textarea' },
    import: [
      {
        field: 'description',
        read: 'text',
        multiColumn: true,
        headings: { cnil: ['Description', 'Description du traitement'] },
      },
    ],
  }),
  purposes: a.list('purposes', 'purposes', PURPOSE_ITEM, {
    point: { controller: '30(1)(b)', processor: '30(2)(b)' },
    editor: { section: 'purposes' },
    import: [
      {
        field: 'purposes',
        read: 'custom',
        labels: ['purpose'],
        points: ['30(1)(b)', '30(2)(b)'],
        headings: {
          ico: ['Purpose of processing', 'Purpose of the processing', 'Purposes of processing'],
          cnil: [
            'Finalité(s) du traitement effectué',
            'Finalité principale',
            'Finalités',
            'Finalité',
            'Finalités du traitement',
            'Objectifs poursuivis',
          ],
          dsk: ['Zwecke der Verarbeitung', 'Zweck der Verarbeitung', 'Zweck', 'Zwecke'],
          general: [
            'Purpose',
            'Purposes',
            'Tarkoitus',
            'Käsittelyn tarkoitus',
            'Käsittelyn tarkoitukset',
            'Ändamål',
            'Ändamål med behandlingen',
            'Formål',
            'Formålet med behandlingen',
          ],
        },
      },
    ],
  }),
  dataSubjectCategoryIds: a.lines(
    'dataSubjectCategoryIds',
    'dataSubjectCategories',
    (id, ctx) => ctx.name(id),
    {
      id: 'dataSubjectCategories',
      point: { controller: '30(1)(c)' },
      store: null,
      editor: { section: 'data', processorSection: 'processorData' },
      import: [
        {
          field: 'dataSubjectCategories',
          read: 'custom',
          headings: {
            ico: ['Categories of individuals'],
            cnil: ['Catégories de personnes concernées', 'Personnes concernées'],
            dsk: ['Kategorien betroffener Personen', 'Betroffene Personen', 'Betroffenengruppen'],
            general: [
              'Data subjects',
              'Data subject categories',
              'Individuals',
              'Rekisteröidyt',
              'Rekisteröityjen ryhmät',
              'Kategorier av registrerade',
              'Registrerade',
              'Kategorier af registrerede',
              'Registrerede',
            ],
          },
        },
      ],
    },
  ),
  dataCategories: a.list('dataCategories', 'dataCategories', DATA_CATEGORY_ITEM, {
    point: { controller: '30(1)(c)' },
    editor: { section: 'data', processorSection: 'processorData' },
    import: [
      {
        field: 'dataCategories',
        read: 'custom',
        headings: {
          ico: ['Categories of personal data'],
          cnil: [
            'Catégories de données personnelles concernées',
            'Catégories de données',
            'Données traitées',
            'Catégories de données collectées',
          ],
          dsk: ['Kategorien personenbezogener Daten', 'Datenkategorien'],
          general: [
            'Personal data',
            'Data categories',
            'Types of personal data',
            'Data',
            'Henkilötiedot',
            'Henkilötietoryhmät',
            'Kategorier av personuppgifter',
            'Personuppgifter',
            'Kategorier af personoplysninger',
            'Personoplysninger',
          ],
        },
      },
    ],
  }),
  sources: a.list('sources', 'sources', SOURCE_ITEM, {
    editor: { section: 'data', processorSection: 'processorData' },
    import: [
      {
        field: 'sources',
        read: 'custom',
        headings: {
          ico: [
            'The source of the personal data',
            'The source of the personal data (if applicable)',
            'Source of the personal data',
          ],
          cnil: ['Source des données', 'Origine des données'],
          general: ['Source', 'Sources', 'Data source', 'Lähde', 'Tietolähteet', 'Källa', 'Kilde'],
        },
      },
    ],
  }),
  recipients: a.list('recipients', 'recipients', RECIPIENT_ITEM, {
    point: { controller: '30(1)(d)' },
    editor: { section: 'recipients', processorSection: 'processorData' },
    import: [
      {
        field: 'recipients',
        read: 'custom',
        labels: ['recipientCategory'],
        points: ['30(1)(d)'],
        headings: {
          ico: ['Categories of recipients'],
          cnil: [
            'Catégories de destinataires des données',
            'Destinataires',
            'Destinataires internes',
            'Organismes externes',
            'Sous-traitants',
          ],
          dsk: ['Kategorien von Empfängern', 'Empfänger', 'Interne Empfänger', 'Externe Empfänger'],
          general: [
            'Recipients',
            'Disclosed to',
            'Vastaanottajat',
            'Tietojen vastaanottajat',
            'Mottagare',
            'Modtagere',
          ],
        },
      },
    ],
  }),
  jointControllerIds: a.lines('jointControllerIds', 'jointControllers', partyDetails, {
    id: 'jointControllers',
    point: { controller: '30(1)(a)' },
    controllerOnly: true,
    store: null,
    editor: { section: 'parties' },
    import: [
      {
        field: 'jointControllers',
        read: 'custom',
        headings: {
          ico: [
            'Name and contact details of joint controller',
            'Name and contact details of joint controller (if applicable)',
          ],
          cnil: ['Responsable conjoint', 'Responsables conjoints', 'Responsable conjoint du traitement'],
        },
      },
    ],
  }),
  controllerIds: a.lines('controllerIds', 'controllers', partyDetails, {
    id: 'controllers',
    point: { processor: '30(2)(a)' },
    store: null,
    editor: { section: 'parties' },
    import: [{ field: 'controllers', read: 'custom', points: ['30(2)(a)'] }],
  }),
  transfers: a.list('transfers', 'transfers', TRANSFER_ITEM, {
    point: { controller: '30(1)(e)', processor: '30(2)(c)' },
    editor: { section: 'transfers' },
    import: [
      {
        field: 'transferCountries',
        read: 'custom',
        labels: ['country'],
        points: ['30(1)(e)', '30(2)(c)'],
        headings: {
          ico: [
            'Names of third countries or international organisations that personal data are transferred to',
            'Names of third countries or international organisations that personal data are transferred to (if applicable)',
          ],
          cnil: [
            'Transferts des données hors UE',
            'Transferts hors UE',
            'Pays destinataires',
            'Pays',
            'Transfert hors de l’Union européenne',
          ],
          dsk: [
            'Übermittlung an ein Drittland oder eine internationale Organisation',
            'Drittland oder internationale Organisation',
            'Drittlandübermittlung',
            'Drittland',
          ],
          general: [
            'Third countries',
            'International transfers',
            'Transfers outside the EU',
            'Transfer countries',
            'Siirrot kolmansiin maihin',
            'Kolmannet maat',
            'Överföring till tredje land',
            'Tredje land',
            'Overførsel til tredjelande',
            'Tredjelande',
          ],
        },
      },
      {
        field: 'transferMechanism',
        read: 'custom',
        label: 'mechanism',
        labels: ['mechanism'],
        headings: {
          ico: [
            'Safeguards for exceptional transfers of personal data to third countries or international organisations',
            'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
          ],
          cnil: [
            'Garanties',
            'Type de garanties',
            'Garanties encadrant le transfert',
            'Encadrement du transfert',
          ],
          dsk: ['Geeignete Garantien', 'Dokumentation geeigneter Garantien', 'Garantien'],
          general: [
            'Transfer safeguards',
            'Safeguards',
            'Transfer mechanism',
            'Suojatoimet',
            'Siirtoperuste',
            'Skyddsåtgärder',
            'Garantier',
            'Overførselsgrundlag',
          ],
        },
      },
    ],
  }),
  retention: a.text('retention', 'generalRetention', {
    id: 'generalRetention',
    point: { controller: '30(1)(f)' },
    editor: {
      section: 'retention',
      processorSection: 'processorData',
      input: 'textarea',
      placeholder: 'editor.retention.generalPlaceholder',
      help: 'editor.retention.generalHelp',
    },
    import: [
      {
        field: 'retention',
        read: 'custom',
        label: 'retention',
        labels: ['generalRetention'],
        points: ['30(1)(f)'],
        headings: {
          ico: ['Retention schedule', 'Retention schedule (if possible)'],
          cnil: [
            'Durées de conservation des catégories de données',
            'Durée de conservation',
            'Durées de conservation',
          ],
          dsk: [
            'Löschfristen',
            'Fristen für die Löschung',
            'Vorgesehene Fristen für die Löschung',
            'Aufbewahrungsfrist',
          ],
          general: [
            'Retention',
            'Retention period',
            'Retention periods',
            'Säilytysaika',
            'Säilytysajat',
            'Lagringstid',
            'Gallringsfrist',
            'Gallring',
            'Slettefrist',
            'Slettefrister',
            'Opbevaringsperiode',
          ],
        },
      },
    ],
  }),
  retentionReference: a.text('retentionReference', 'retentionReference', {
    export: { after: 'retention', tableAfter: 'internalRecipient', width: 'medium' },
    editor: {
      section: 'retention',
      processorSection: 'processorData',
      auto: true,
      input: 'text',
      placeholder: 'editor.retention.referencePlaceholder',
    },
    import: [
      {
        field: 'retentionReference',
        read: 'text',
        headings: {
          ico: ['Link to retention and erasure policy document', 'Link to retention and erasure policy'],
          cnil: ['Politique de conservation', 'Référentiel de conservation'],
          dsk: ['Löschkonzept', 'Aufbewahrungsrichtlinie'],
          general: [
            'Retention policy',
            'Retention schedule reference',
            'Säilytysaikasuunnitelma',
            'Arkistonmuodostussuunnitelma',
            'Gallringsplan',
            'Informationshanteringsplan',
            'Slettepolitik',
            'Opbevaringspolitik',
          ],
        },
      },
    ],
  }),
  securityMeasureIds: a.lines(
    'securityMeasureIds',
    'securityMeasures',
    (id, ctx) => {
      const measure = ctx.measure(id)
      if (!measure) return ctx.name(id)
      const head = `${measure.name} (${ctx.labels.codes.securityMeasureKind[measure.kind]})`
      return present(measure.description).length === 0 ? head : `${head}: ${measure.description}`
    },
    {
      id: 'securityMeasures',
      point: { controller: '30(1)(g)', processor: '30(2)(d)' },
      store: null,
      editor: { section: 'security' },
      import: [
        {
          field: 'securityMeasures',
          read: 'custom',
          points: ['30(1)(g)', '30(2)(d)'],
          headings: {
            ico: [
              'General description of technical and organisational security measures',
              'General description of technical and organisational security measures (if possible)',
            ],
            cnil: ['Mesures de sécurité', 'Mesures de sécurité techniques et organisationnelles'],
            dsk: [
              'Technische und organisatorische Maßnahmen',
              'TOM',
              'TOMs',
              'Technische und organisatorische Maßnahmen (TOM)',
            ],
            general: [
              'Security measures',
              'Security',
              'TOMs',
              'Technical and organisational measures',
              'Tietoturvatoimet',
              'Turvatoimet',
              'Suojaustoimenpiteet',
              'Säkerhetsåtgärder',
              'Sikkerhedsforanstaltninger',
            ],
          },
        },
      ],
    },
  ),
  automatedDecisionMaking: a.yesNo('automatedDecisionMaking', 'automatedDecisionMaking', {
    cites: '22',
    editor: { section: 'risk', input: 'checkbox', help: 'editor.risk.automatedHelp' },
    import: [
      {
        field: 'automatedDecisionMaking',
        read: 'yesNo',
        headings: {
          ico: [
            'Existence of automated decision-making, including profiling',
            'Existence of automated decision-making, including profiling (if applicable)',
          ],
          cnil: ['Décision automatisée', 'Profilage', 'Prise de décision automatisée'],
        },
      },
    ],
  }),
  automatedDecisionMakingDescription: a.text(
    'automatedDecisionMakingDescription',
    'automatedDecisionMakingDescription',
    {
      cites: '22',
      export: { after: 'automatedDecisionMaking', width: 'wide', optional: true },
      editor: {
        section: 'risk',
        auto: true,
        input: 'textarea',
        placeholder: 'editor.risk.automatedDescriptionPlaceholder',
        shownWhen: (activity) => activity.automatedDecisionMaking,
      },
      import: [
        {
          field: 'automatedDecisionMakingDescription',
          read: 'text',
          headings: {
            cnil: ['Logique de la décision automatisée'],
            dsk: ['Involvierte Logik', 'Logik der automatisierten Entscheidung'],
            general: [
              'Automated decision-making logic',
              'Logic involved',
              'Logic and consequences of automated decision-making',
            ],
          },
        },
      ],
    },
  ),
  dpia: a.group('dpia', 'dpia', DPIA_FIELDS),
  systems: a.lines('systems', 'systems', (system) => system, {
    editor: {
      section: 'systems',
      input: 'tags',
      placeholder: 'editor.systems.placeholder',
      help: 'editor.systems.help',
    },
    import: [
      {
        field: 'systems',
        read: 'list',
        headings: {
          cnil: ['Logiciels utilisés', 'Logiciel', 'Outils utilisés', 'Applications'],
          dsk: ['Eingesetzte Systeme', 'IT-Systeme', 'Software'],
          general: ['Systems', 'Applications', 'Software', 'Tools', 'Järjestelmät', 'System', 'Systemer'],
        },
      },
    ],
  }),
  dataLocation: a.text('dataLocation', 'dataLocation', {
    editor: { section: 'systems', input: 'text', placeholder: 'editor.systems.locationPlaceholder' },
    import: [
      {
        field: 'dataLocation',
        read: 'text',
        headings: {
          ico: ['Location of personal data'],
          cnil: ['Lieu de stockage', 'Localisation des données', 'Lieu d’hébergement'],
          general: ['Data location', 'Where the data is stored', 'Storage location', 'Hosting'],
        },
      },
    ],
  }),
  lastReviewedOn: a.date('lastReviewedOn', 'lastReviewedOn', {
    editor: { section: 'review' },
    import: [
      {
        field: 'lastReviewedOn',
        read: 'date',
        headings: {
          cnil: ['Dernière mise à jour', 'Date de dernière mise à jour', 'Mise à jour'],
          dsk: ['Letzte Änderung', 'Datum der letzten Änderung', 'Letzte Prüfung'],
          general: ['Last review', 'Last reviewed', 'Reviewed on', 'Last updated'],
        },
      },
    ],
  }),
  nextReviewDue: a.date('nextReviewDue', 'nextReviewDue', {
    editor: { section: 'review' },
    import: [
      {
        field: 'nextReviewDue',
        read: 'date',
        headings: { general: ['Next review', 'Review date', 'Next review date'] },
      },
    ],
  }),
  notes: a.text('notes', 'notes', {
    codec: 'text',
    editor: { section: 'review', input: 'textarea' },
    import: [
      {
        field: 'notes',
        read: 'text',
        multiColumn: true,
        headings: {
          // What the register computes (rights) or keeps elsewhere is kept as a note rather than lost.
          ico: [
            'Link to contract with processor',
            'Rights available to individuals',
            'Has a personal data breach occurred?',
            'Link to record of personal data breach',
            // The DPA 2018 section repeats the Article 6 basis and asks whether the policy is kept to.
            'GDPR Article 6 lawful basis for processing',
            'Is personal data retained and erased in accordance with the policy document?',
            'Reasons for not adhering to policy document (if applicable)',
          ],
          cnil: ['Date de création de la fiche', 'Observations', 'Commentaires', 'Remarques'],
          dsk: ['Datum der Einführung', 'Bemerkungen', 'Anmerkungen'],
          general: [
            'Notes',
            'Comments',
            'Remarks',
            'Huomautukset',
            'Lisätiedot',
            'Anteckningar',
            'Kommentarer',
            'Bemærkninger',
          ],
        },
      },
    ],
  }),
} satisfies { [K in keyof ActivityFields]: Field<ActivityFields> }

export { dataCategoryName }
