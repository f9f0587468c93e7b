import type { exportsMessages } from '../exports'
import type { Translation } from '../translation'

export const exportsFr: Translation<typeof exportsMessages> = {
  title: 'Exports',
  intro:
    'Ce qui a été exporté pour cet organisme, et quand. Le SHA-256 de chaque fichier permet de montrer exactement quelle version vous avez envoyée.',
  new: 'Nouvel export',
  empty: 'Rien n’a encore été exporté. Faites le premier export lorsqu’une autorité demande le registre.',
  table: {
    when: 'Exporté le',
    format: 'Format',
    language: 'Langue',
    file: 'Fichier',
    sha256: 'SHA-256',
    size: 'Taille',
    activities: 'Activités',
    actor: 'Par',
  },
  dialog: {
    title: 'Exporter le registre',
    format: 'Format',
    formatHint: {
      xlsx: 'Classeur Excel : une feuille par partie du registre, prête à filtrer et à imprimer.',
      pdf: 'PDF : une page de garde, un sommaire et une page par activité, à envoyer tel quel.',
      csv: 'CSV : les deux registres en un seul tableau, une ligne par activité de traitement, pour d’autres outils.',
      json: 'Document de registre (JSON) : le registre complet, pour le transférer vers un autre ROPA.',
    },
    language: 'Langue de l’export',
    languageHint:
      'Titres, libellés et valeurs de référence. La langue de l’organisme est choisie par défaut.',
    delimiter: 'Séparateur de champs',
    delimiterHint:
      'Un tableur réglé sur une langue qui écrit les décimales avec une virgule (finnois, suédois, danois, allemand, français) attend un point-virgule.',
    delimiters: {
      semicolon: 'Point-virgule (;)',
      comma: 'Virgule (,)',
      tab: 'Tabulation',
    },
    sections: 'Inclure',
    sectionsHint: 'La page de garde est toujours incluse.',
    sectionsFixed: 'Ce format a toujours le même contenu.',
    section: {
      controllerRecord: 'Registre du responsable du traitement (article 30, paragraphe 1)',
      processorRecord: 'Registre du sous-traitant (article 30, paragraphe 2)',
      parties: 'Tiers',
      transfers: 'Transferts',
      securityMeasures: 'Mesures de sécurité',
      findings: 'Constats des vérifications',
    },
    start: 'Exporter',
    cancel: 'Annuler l’export',
    progress: 'Export en cours… {{percent}} %',
    phase: {
      preparing: 'Lecture du registre',
      writing: 'Écriture du fichier',
      saving: 'Enregistrement et journalisation',
      finished: 'Terminé',
    },
    cancelled: 'L’export a été annulé. Aucun fichier n’a été écrit.',
    failed: 'L’export a échoué',
    done: 'Export terminé et journalisé',
    downloaded:
      '« {{fileName}} » a été remis à votre navigateur : vous le trouverez parmi ses téléchargements.',
    showInFolder: 'Afficher dans le dossier',
    chooseCancelled: 'Aucun fichier n’a été choisi, rien n’a donc été exporté.',
  },
  formats: {
    xlsx: 'Excel (.xlsx)',
    pdf: 'PDF',
    csv: 'CSV',
    json: 'JSON',
    md: 'Markdown',
    html: 'Page web (HTML)',
    docx: 'Word (.docx)',
  },
  document: {
    notice: 'Politique de confidentialité',
    noticeFor: 'Politique de confidentialité : {{audience}}',
  },
}
