/** Connecting the app to a team database, in German. */
import type { teamMessages } from '../team'
import type { Translation } from '../translation'

export const teamDe: Translation<typeof teamMessages> = {
  open: 'Team-Datenbank…',
  title: 'Mit einer Team-Datenbank verbinden',
  intro:
    'Eine Beratung kann einen gemeinsamen Arbeitsbereich auf einem PostgreSQL-Server führen und gemeinsam darin arbeiten. Die App prüft die Verbindung, speichert sie und startet mit der Team-Datenbank neu.',
  connected: 'Die App öffnet die Team-Datenbank {{url}}. Das Passwort kommt aus ~/.pgpass oder PGPASSWORD.',
  connectedSaved:
    'Die App öffnet die Team-Datenbank {{url}}; das Passwort liegt im Schlüsselbund dieses Computers.',
  useFile: 'Wieder die Arbeitsbereichsdatei verwenden',
  url: 'Adresse der Datenbank',
  urlHelp:
    'postgres://rolle@host:port/datenbank; ?sslmode=verify-full anhängen für eine verschlüsselte, geprüfte Verbindung',
  password: 'Passwort',
  passwordHelp:
    'Wird im Schlüsselbund dieses Computers gespeichert, nie in einer einfachen Datei. Leer lassen, um ~/.pgpass zu verwenden.',
  noKeychain:
    'Dieser Computer hat keinen Schlüsselbund, daher wird kein Passwort gespeichert: Tragen Sie es in ~/.pgpass ein.',
  connect: 'Prüfen, verbinden und neu starten',
  restarting: 'Verbunden. ROPA startet mit der Team-Datenbank neu…',
  browserMode: 'Im Browsermodus wird die Team-Datenbank beim Start von ROPA gewählt:',
  browserPassword:
    'Geben Sie das Passwort über PGPASSWORD oder ~/.pgpass an; ROPA gibt es nie aus. Rollen, TLS und Sicherungen: docs/team.md.',
}
