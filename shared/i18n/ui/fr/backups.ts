import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsFr: Translation<typeof backupsMessages> = {
  title: 'Sauvegardes',
  intro:
    'Copies de tout l’espace de travail, tous les organismes compris, dans un dossier à côté du fichier de l’espace de travail. ROPA en fait une automatiquement chaque jour où il est ouvert et conserve les plus récentes ; il en fait aussi une avant une mise à jour de l’application et avant une restauration.',
  now: 'Sauvegarder maintenant',
  created: 'Sauvegarde faite : {{name}}',
  empty: 'Aucune sauvegarde pour l’instant.',
  kind: {
    label: 'Type',
    'pre-migration': 'Avant une mise à jour de ROPA',
    automatic: 'Automatique (quotidienne)',
    manual: 'Faite à la main',
    'before-restore': 'Avant une restauration',
  },
  createdAt: 'Faite le',
  size: 'Taille',
  file: 'Fichier',
  restore: 'Restaurer',
  restoreNamed: 'Restaurer la sauvegarde du {{when}}',
  restoreTitle: 'Restaurer la sauvegarde du {{when}} ?',
  restoreBody:
    'Le contenu de l’espace de travail, tous les organismes compris, est remplacé par cette sauvegarde. Les modifications faites depuis ne figurent plus dans le registre.',
  restoreSafety:
    'Auparavant, ROPA sauvegarde l’état actuel (listé ici comme « Avant une restauration »), pour que vous puissiez y revenir en restaurant cette copie.',
  restored: 'Sauvegarde du {{when}} restaurée. L’état précédent est conservé sous {{safetyCopy}}.',
}
