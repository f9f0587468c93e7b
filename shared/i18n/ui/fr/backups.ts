import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsFr: Translation<typeof backupsMessages> = {
  title: 'Sauvegardes',
  intro:
    'Copies de tout l’espace de travail, tous les organismes compris. ROPA en fait une automatiquement après les premières modifications de chaque jour (dès que vous faites une pause), la tient à jour tant que l’application est ouverte et à sa fermeture, et conserve une copie par jour pour les sept derniers jours avec des modifications ; il en fait aussi une avant une mise à jour de l’application et avant une restauration.',
  folder: 'Dossier des sauvegardes',
  openFolder: 'Ouvrir le dossier',
  automaticFailed:
    'La dernière sauvegarde automatique a échoué ({{when}}) : {{message}} Le registre n’est pas touché ; ROPA réessaie dans une minute. « Sauvegarder maintenant » fait une copie à la main.',
  noAutomatic:
    'Une base d’équipe est sauvegardée sur son serveur : ROPA n’en fait pas ici de copies automatiques. Les copies faites à la main vont dans ce dossier.',
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
