/** Connecting the app to a team database, in Danish. */
import type { teamMessages } from '../team'
import type { Translation } from '../translation'

export const teamDa: Translation<typeof teamMessages> = {
  open: 'Teamdatabase…',
  title: 'Forbind til en teamdatabase',
  intro:
    'Et konsulentfirma kan have ét fælles arbejdsområde på en PostgreSQL-server og arbejde i det sammen. Appen kontrollerer forbindelsen, gemmer den og genstarter på teamdatabasen.',
  connected: 'Appen åbner teamdatabasen {{url}}. Adgangskoden hentes fra ~/.pgpass eller PGPASSWORD.',
  connectedSaved: 'Appen åbner teamdatabasen {{url}} med adgangskoden gemt i computerens nøglering.',
  useFile: 'Brug arbejdsområdefilen igen',
  url: 'Databasens adresse',
  urlHelp:
    'postgres://rolle@vært:port/database; tilføj ?sslmode=verify-full for en krypteret og kontrolleret forbindelse',
  password: 'Adgangskode',
  passwordHelp:
    'Gemmes i computerens nøglering, aldrig i en almindelig fil. Lad feltet stå tomt for at bruge ~/.pgpass.',
  noKeychain: 'Computeren har ingen nøglering, så ingen adgangskode gemmes: skriv den i ~/.pgpass i stedet.',
  connect: 'Kontrollér, forbind og genstart',
  restarting: 'Forbundet. ROPA genstarter på teamdatabasen…',
  browserMode: 'I browsertilstand vælges teamdatabasen, når ROPA startes:',
  browserPassword:
    'Angiv adgangskoden med PGPASSWORD eller ~/.pgpass; ROPA udskriver den aldrig. Roller, TLS og sikkerhedskopier: docs/team.md.',
}
