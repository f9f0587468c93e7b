/** Connecting the app to a team database, in French. */
import type { teamMessages } from '../team'
import type { Translation } from '../translation'

export const teamFr: Translation<typeof teamMessages> = {
  open: 'Base de données d’équipe…',
  title: 'Se connecter à une base de données d’équipe',
  intro:
    'Un cabinet de conseil peut tenir un espace de travail commun sur un serveur PostgreSQL et y travailler ensemble. L’application vérifie la connexion, la conserve et redémarre sur la base de données d’équipe.',
  connected:
    'L’application ouvre la base de données d’équipe {{url}}. Le mot de passe vient de ~/.pgpass ou de PGPASSWORD.',
  connectedSaved:
    'L’application ouvre la base de données d’équipe {{url}}, avec le mot de passe conservé dans le trousseau de cet ordinateur.',
  useFile: 'Revenir au fichier d’espace de travail',
  url: 'Adresse de la base de données',
  urlHelp:
    'postgres://rôle@hôte:port/base ; ajoutez ?sslmode=verify-full pour une connexion chiffrée et vérifiée',
  password: 'Mot de passe',
  passwordHelp:
    'Conservé dans le trousseau de cet ordinateur, jamais dans un fichier ordinaire. Laissez vide pour utiliser ~/.pgpass.',
  noKeychain:
    'Cet ordinateur n’a pas de trousseau : aucun mot de passe n’est conservé. Indiquez-le dans ~/.pgpass.',
  connect: 'Vérifier, se connecter et redémarrer',
  restarting: 'Connecté. ROPA redémarre sur la base de données d’équipe…',
  browserMode: 'En mode navigateur, la base de données d’équipe se choisit au démarrage de ROPA :',
  browserPassword:
    'Donnez le mot de passe par PGPASSWORD ou ~/.pgpass ; ROPA ne l’affiche jamais. Rôles, TLS et sauvegardes : docs/team.md.',
}
