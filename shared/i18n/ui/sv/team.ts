/** Connecting the app to a team database, in Swedish. */
import type { teamMessages } from '../team'
import type { Translation } from '../translation'

export const teamSv: Translation<typeof teamMessages> = {
  open: 'Teamdatabas…',
  title: 'Anslut till en teamdatabas',
  intro:
    'En konsultbyrå kan ha en gemensam arbetsyta på en PostgreSQL-server och arbeta i den tillsammans. Appen kontrollerar anslutningen, sparar den och startar om på teamdatabasen.',
  connected: 'Appen öppnar teamdatabasen {{url}}. Lösenordet hämtas från ~/.pgpass eller PGPASSWORD.',
  connectedSaved: 'Appen öppnar teamdatabasen {{url}}, med lösenordet sparat i datorns nyckelring.',
  useFile: 'Använd arbetsytefilen igen',
  url: 'Databasens adress',
  urlHelp:
    'postgres://roll@värd:port/databas; lägg till ?sslmode=verify-full för en krypterad och kontrollerad anslutning',
  password: 'Lösenord',
  passwordHelp: 'Sparas i datorns nyckelring, aldrig i en vanlig fil. Lämna tomt för att använda ~/.pgpass.',
  noKeychain: 'Datorn har ingen nyckelring, så inget lösenord sparas: skriv det i ~/.pgpass i stället.',
  connect: 'Kontrollera, anslut och starta om',
  restarting: 'Ansluten. ROPA startar om på teamdatabasen…',
  browserMode: 'I webbläsarläget väljs teamdatabasen när ROPA startas:',
  browserPassword:
    'Ange lösenordet med PGPASSWORD eller ~/.pgpass; ROPA skriver aldrig ut det. Roller, TLS och säkerhetskopior: docs/team.md.',
}
