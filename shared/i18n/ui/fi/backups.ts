import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsFi: Translation<typeof backupsMessages> = {
  title: 'Varmuuskopiot',
  intro:
    'Kopiot koko työtilasta kaikkine organisaatioineen. ROPA tekee kopion automaattisesti kunkin päivän ensimmäisten muutosten jälkeen (kun pidät tauon), pitää sen ajan tasalla sovelluksen ollessa auki ja sitä suljettaessa, ja säilyttää yhden kopion päivältä seitsemältä viimeiseltä päivältä, joina tehtiin muutoksia; lisäksi se tekee kopion ennen sovelluksen päivitystä ja ennen palautusta.',
  folder: 'Varmuuskopiokansio',
  openFolder: 'Avaa kansio',
  automaticFailed:
    'Viimeisin automaattinen varmuuskopiointi epäonnistui ({{when}}): {{message}} Rekisteriin se ei vaikuta; ROPA yrittää uudelleen minuutin kuluttua. ”Varmuuskopioi nyt” tekee kopion käsin.',
  noAutomatic:
    'Tiimitietokanta varmuuskopioidaan sen palvelimella: ROPA ei tee siitä automaattisia kopioita tähän. Käsin tehdyt kopiot tallentuvat tähän kansioon.',
  now: 'Varmuuskopioi nyt',
  created: 'Varmuuskopioitu: {{name}}',
  empty: 'Ei vielä varmuuskopioita.',
  kind: {
    label: 'Tyyppi',
    'pre-migration': 'Ennen ROPAn päivitystä',
    automatic: 'Automaattinen (päivittäinen)',
    manual: 'Käsin tehty',
    'before-restore': 'Ennen palautusta',
  },
  createdAt: 'Tehty',
  size: 'Koko',
  file: 'Tiedosto',
  restore: 'Palauta',
  restoreNamed: 'Palauta {{when}} tehty varmuuskopio',
  restoreTitle: 'Palautetaanko {{when}} tehty varmuuskopio?',
  restoreBody:
    'Työtilan koko sisältö kaikkine organisaatioineen korvataan tällä varmuuskopiolla. Sen ottamisen jälkeen tehdyt muutokset eivät enää ole selosteessa.',
  restoreSafety:
    'Sitä ennen ROPA varmuuskopioi nykyisen tilan (luettelossa nimellä ”Ennen palautusta”), joten voit palata siihen palauttamalla sen kopion.',
  restored: '{{when}} tehty varmuuskopio palautettu. Sitä edeltänyt tila on tallessa nimellä {{safetyCopy}}.',
}
