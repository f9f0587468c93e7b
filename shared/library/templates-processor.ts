/** Built-in template: the Art. 30(2) record of a SaaS provider processing its customers' data. */
import { retention } from './template-retention'
import { t6, type ActivityTemplate } from './template-types'

export const PROCESSOR_TEMPLATES: readonly ActivityTemplate[] = [
  {
    id: 'saas-processor',
    group: 'processor',
    role: 'processor',
    name: t6(
      'Customer data in our SaaS service (processor)',
      'Asiakkaiden tiedot SaaS-palvelussamme (käsittelijä)',
      'Kunddata i vår SaaS-tjänst (personuppgiftsbiträde)',
      'Kundedata i vores SaaS-tjeneste (databehandler)',
      'Kundendaten in unserem SaaS-Dienst (Auftragsverarbeitung)',
      'Données des clients dans notre service SaaS (sous-traitant)',
    ),
    description: t6(
      'Hosting, operating and supporting the service in which our customers, as controllers, store and process personal data, under each customer’s data processing agreement (Art. 28).',
      'Palvelun ylläpito, käyttö ja tuki, kun asiakkaat rekisterinpitäjinä tallentavat ja käsittelevät palvelussa henkilötietoja kunkin asiakkaan käsittelysopimuksen mukaisesti (28 artikla).',
      'Drift, förvaltning och support av tjänsten där våra kunder som personuppgiftsansvariga lagrar och behandlar personuppgifter, enligt varje kunds personuppgiftsbiträdesavtal (artikel 28).',
      'Hosting, drift og support af tjenesten, hvor vores kunder som dataansvarlige gemmer og behandler personoplysninger, efter hver kundes databehandleraftale (artikel 28).',
      'Hosting, Betrieb und Support des Dienstes, in dem unsere Kunden als Verantwortliche personenbezogene Daten speichern und verarbeiten, nach dem jeweiligen AV-Vertrag (Art. 28).',
      'Hébergement, exploitation et assistance du service dans lequel nos clients, responsables du traitement, enregistrent et traitent des données personnelles, selon le contrat de sous-traitance de chaque client (art. 28).',
    ),
    businessFunction: t6(
      'Service operations',
      'Palvelutuotanto',
      'Tjänstedrift',
      'Drift af tjenesten',
      'Betrieb',
      'Exploitation du service',
    ),
    purposes: [
      {
        description: t6(
          'Hosting and storing the customers’ data in the service',
          'Asiakkaiden tietojen säilyttäminen palvelussa',
          'Lagring av kundernas uppgifter i tjänsten',
          'Opbevaring af kundernes oplysninger i tjenesten',
          'Speicherung der Kundendaten im Dienst',
          'Hébergement et stockage des données des clients dans le service',
        ),
        legalBasis: null,
      },
      {
        description: t6(
          'Support, maintenance and troubleshooting at the customer’s request',
          'Tuki, ylläpito ja vianselvitys asiakkaan pyynnöstä',
          'Support, underhåll och felsökning på kundens begäran',
          'Support, vedligeholdelse og fejlfinding efter kundens anmodning',
          'Support, Wartung und Fehlerbehebung auf Anfrage des Kunden',
          'Assistance, maintenance et résolution d’incidents à la demande du client',
        ),
        legalBasis: null,
      },
      {
        description: t6(
          'Backups and restoring the customers’ data',
          'Asiakkaiden tietojen varmuuskopiointi ja palauttaminen',
          'Säkerhetskopiering och återställning av kundernas uppgifter',
          'Sikkerhedskopiering og gendannelse af kundernes oplysninger',
          'Datensicherung und Wiederherstellung der Kundendaten',
          'Sauvegarde et restauration des données des clients',
        ),
        legalBasis: null,
      },
    ],
    dataSubjects: ['service_end_users', 'service_data_subjects'],
    dataCategories: [
      {
        key: 'service_data',
        retention: retention(
          3,
          'As each customer instructs; deleted or returned within 3 months after the customer agreement ends (Art. 28(3)(g)), backups as they expire.',
          'Kunkin asiakkaan ohjeiden mukaan; poistetaan tai palautetaan 3 kuukauden kuluessa asiakassopimuksen päättymisestä (28 artiklan 3 kohdan g alakohta), varmuuskopiot niiden vanhentuessa.',
          'Enligt varje kunds instruktioner; raderas eller återlämnas inom 3 månader efter att kundavtalet upphört (artikel 28.3 g), säkerhetskopior när de går ut.',
          'Efter hver kundes instruks; slettes eller tilbageleveres inden for 3 måneder efter kundeaftalens ophør (artikel 28, stk. 3, litra g), sikkerhedskopier når de udløber.',
          'Nach Weisung des jeweiligen Kunden; Löschung oder Rückgabe binnen 3 Monaten nach Vertragsende (Art. 28 Abs. 3 lit. g), Sicherungen mit ihrem Ablauf.',
          'Selon les instructions de chaque client ; supprimées ou restituées dans les 3 mois suivant la fin du contrat (art. 28, § 3, g)), sauvegardes à leur expiration.',
        ),
      },
      {
        key: 'service_usage',
        retention: retention(
          12,
          'Log-in and usage logs 12 months.',
          'Kirjautumis- ja käyttölokit 12 kuukautta.',
          'Inloggnings- och användningsloggar 12 månader.',
          'Logon- og brugslogfiler 12 måneder.',
          'Anmelde- und Nutzungsprotokolle 12 Monate.',
          'Journaux de connexion et d’usage 12 mois.',
        ),
      },
    ],
    sources: ['third_party'],
    recipients: ['subprocessors'],
    parties: [
      {
        name: t6(
          'Customers of the service (controllers)',
          'Palvelun asiakkaat (rekisterinpitäjät)',
          'Tjänstens kunder (personuppgiftsansvariga)',
          'Tjenestens kunder (dataansvarlige)',
          'Kunden des Dienstes (Verantwortliche)',
          'Clients du service (responsables du traitement)',
        ),
        kind: 'client_controller',
        notes: t6(
          'Each customer using the service is a controller on whose behalf we act. The list of customers, their contact details and their data processing agreements is kept in the customer register; name a customer here when its processing differs.',
          'Jokainen palvelua käyttävä asiakas on rekisterinpitäjä, jonka lukuun toimimme. Asiakkaiden luettelo, yhteystiedot ja käsittelysopimukset ovat asiakasrekisterissä; nimeä asiakas tässä, jos sen käsittely poikkeaa muista.',
          'Varje kund som använder tjänsten är personuppgiftsansvarig för vars räkning vi agerar. Förteckningen över kunder, deras kontaktuppgifter och biträdesavtal finns i kundregistret; ange en kund här när dess behandling skiljer sig åt.',
          'Hver kunde, der bruger tjenesten, er dataansvarlig, som vi handler på vegne af. Listen over kunder, deres kontaktoplysninger og databehandleraftaler findes i kunderegistret; angiv en kunde her, når dens behandling afviger.',
          'Jeder Kunde des Dienstes ist Verantwortlicher, in dessen Auftrag wir handeln. Die Liste der Kunden mit Kontaktdaten und AV-Verträgen wird im Kundenverzeichnis geführt; nennen Sie einen Kunden hier, wenn seine Verarbeitung abweicht.',
          'Chaque client du service est un responsable du traitement pour le compte duquel nous agissons. La liste des clients, leurs coordonnées et leurs contrats de sous-traitance figurent dans le fichier clients ; nommez ici un client dont le traitement diffère.',
        ),
        relation: 'controller',
      },
    ],
    measures: [
      'tenant_separation',
      'encryption_at_rest',
      'tls',
      'mfa',
      'least_privilege_support',
      'access_logging',
      'backups',
      'backup_rotation',
      'breach_procedure',
      'processor_agreements',
    ],
    dpia: {
      criteria: ['large_scale'],
      hint: t6(
        'The DPIA is the controllers’ duty; as processor, help them (Art. 28(3)(f)) with a description of the service, its security and its sub-processors.',
        'Vaikutustenarviointi on rekisterinpitäjien velvollisuus; käsittelijänä avusta heitä (28 artiklan 3 kohdan f alakohta) kuvauksella palvelusta, sen turvallisuudesta ja alikäsittelijöistä.',
        'Konsekvensbedömningen är de personuppgiftsansvarigas skyldighet; som biträde hjälper du dem (artikel 28.3 f) med en beskrivning av tjänsten, dess säkerhet och underbiträden.',
        'Konsekvensanalysen påhviler de dataansvarlige; som databehandler bistår du dem (artikel 28, stk. 3, litra f) med en beskrivelse af tjenesten, dens sikkerhed og underdatabehandlere.',
        'Die DSFA obliegt den Verantwortlichen; als Auftragsverarbeiter unterstützen Sie sie (Art. 28 Abs. 3 lit. f) mit einer Beschreibung des Dienstes, seiner Sicherheit und der Unterauftragsverarbeiter.',
        'L’AIPD incombe aux responsables du traitement ; en tant que sous-traitant, aidez-les (art. 28, § 3, f)) par une description du service, de sa sécurité et des sous-traitants ultérieurs.',
      ),
    },
    suggest: { sectors: ['software'] },
    vendorCategories: ['cloud_hosting', 'support_chat', 'security_backup'],
  },
]
