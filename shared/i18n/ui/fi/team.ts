/** Connecting the app to a team database, in Finnish. */
import type { teamMessages } from '../team'
import type { Translation } from '../translation'

export const teamFi: Translation<typeof teamMessages> = {
  open: 'Tiimin tietokanta…',
  title: 'Yhdistä tiimin tietokantaan',
  intro:
    'Konsulttiyritys voi pitää yhteistä työtilaa PostgreSQL-palvelimella ja työskennellä siinä yhdessä. Sovellus tarkistaa yhteyden, tallentaa sen ja käynnistyy uudelleen tiimin tietokantaan.',
  connected:
    'Sovellus avaa tiimin tietokannan {{url}}. Salasana luetaan tiedostosta ~/.pgpass tai muuttujasta PGPASSWORD.',
  connectedSaved:
    'Sovellus avaa tiimin tietokannan {{url}}; salasana on tallessa tämän tietokoneen avainnipussa.',
  useFile: 'Käytä taas työtilatiedostoa',
  url: 'Tietokannan osoite',
  urlHelp:
    'postgres://rooli@palvelin:portti/tietokanta; lisää ?sslmode=verify-full salattua ja tarkistettua yhteyttä varten',
  password: 'Salasana',
  passwordHelp:
    'Tallennetaan tämän tietokoneen avainnippuun, ei koskaan tavalliseen tiedostoon. Jätä tyhjäksi käyttääksesi tiedostoa ~/.pgpass.',
  noKeychain:
    'Tässä tietokoneessa ei ole avainnippua, joten salasanaa ei tallenneta: kirjoita se tiedostoon ~/.pgpass.',
  connect: 'Tarkista, yhdistä ja käynnistä uudelleen',
  restarting: 'Yhdistetty. ROPA käynnistyy uudelleen tiimin tietokantaan…',
  browserMode: 'Selaintilassa tiimin tietokanta valitaan, kun ROPA käynnistetään:',
  browserPassword:
    'Anna salasana muuttujassa PGPASSWORD tai tiedostossa ~/.pgpass; ROPA ei koskaan tulosta sitä. Roolit, TLS ja varmuuskopiot: docs/team.md.',
}
