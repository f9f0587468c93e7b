/**
 * Finnish finding messages, in the terms of the Finnish GDPR (tietosuoja-asetus) and the Data Protection
 * Ombudsman's guidance. Finnish inflects names, which a placeholder cannot, so names stand in the nominative:
 * "siirto, jonka kohde on {{destination}}", "organisaatiolle {{organisation}}".
 */
import type { FindingMessages } from './en'

export const findingsFi: FindingMessages = {
  ART30_CONTACT_MISSING:
    'Organisaatiolle {{organisation}} ei ole kirjattu yhteystietoja. Selosteessa on oltava organisaation nimi ' +
    'ja yhteystiedot: lisää organisaation tietoihin osoite, sähköpostiosoite tai puhelinnumero.',
  REPRESENTATIVE_MISSING:
    'Organisaatio on sijoittautunut EU:n/ETA:n ulkopuolelle ({{country}}), eikä sille ole kirjattu edustajaa ' +
    'unionissa. Unionin ulkopuolelle sijoittautuneen rekisterinpitäjän tai henkilötietojen käsittelijän on ' +
    'nimettävä kirjallisesti edustaja unionissa (27 artikla): lisää edustajan nimi ja yhteystiedot ' +
    'organisaation tietoihin.',
  ART30_5_EXEMPTION_POSSIBLE:
    'Organisaation palveluksessa on {{count}} henkilöä, vähemmän kuin {{threshold}}, eikä se kirjaa erityisiä ' +
    'henkilötietoryhmiä eikä rikostuomioita ja rikkomuksia koskevia tietoja, joten 30 artiklan 5 kohdan ' +
    'poikkeus selosteen ylläpitämisestä voisi soveltua. Poikkeus ei sovellu, jos käsittely todennäköisesti ' +
    'aiheuttaa riskin rekisteröityjen oikeuksille ja vapauksille tai jos käsittely ei ole satunnaista. ' +
    'Säännöllinen käsittely, kuten työntekijöiden tai asiakkaiden tietojen käsittely, ei ole satunnaista (29 ' +
    'artiklan mukaisen tietosuojatyöryhmän kannanotto), joten käytännössä useimpien organisaatioiden on silti ' +
    'ylläpidettävä selostetta.',
  ART30_JOINT_CONTROLLERS_MISSING:
    'Tämä käsittelytoimi on yhteisrekisterinpitäjien käsittelyä, mutta yhtään yhteisrekisterinpitäjää ei ole ' +
    'nimetty. Lisää yhteisrekisterinpitäjät yhteystietoineen.',
  PROCESSOR_NO_CONTROLLERS:
    'Tässä henkilötietojen käsittelijän selosteen kohdassa ei nimetä rekisterinpitäjiä, joiden lukuun käsittely ' +
    'suoritetaan. Lisää kukin rekisterinpitäjä (asiakas) yhteystietoineen.',
  PARTY_CONTACT_MISSING:
    'Osapuolelle {{party}}, joka on nimetty tässä käsittelytoimessa, ei ole kirjattu yhteystietoja. Selosteessa ' +
    'on oltava kunkin yhteisrekisterinpitäjän ja kunkin rekisterinpitäjän, jonka lukuun käsittelijä toimii, nimi ' +
    'ja yhteystiedot: lisää osapuolelle osoite tai sähköpostiosoite.',
  ART30_PURPOSES_MISSING:
    'Käsittelyn tarkoitusta ei ole kirjattu. Selosteessa on mainittava käsittelyn tarkoitukset: lisää vähintään ' +
    'yksi tarkoitus ja sen käsittelyperuste.',
  ART30_PROCESSING_MISSING:
    'Käsittelyjen ryhmiä ei ole kirjattu. Henkilötietojen käsittelijän selosteessa on kuvattava kunkin ' +
    'rekisterinpitäjän lukuun suoritettavien käsittelyjen ryhmät: lisää vähintään yksi.',
  ART30_DATA_SUBJECTS_MISSING:
    'Rekisteröityjen ryhmiä ei ole kirjattu. Kerro, keiden tietoja käsitellään, esimerkiksi työntekijöiden tai ' +
    'asiakkaiden.',
  ART30_DATA_CATEGORIES_MISSING:
    'Henkilötietoryhmiä ei ole kirjattu. Lisää käsiteltävien tietojen ryhmät, esimerkiksi yhteystiedot.',
  ART30_RECIPIENTS_MISSING:
    'Vastaanottajia ei ole kirjattu. Luettele kaikki, joille tietoja luovutetaan, myös henkilötietojen ' +
    'käsittelijät ja kolmansissa maissa olevat vastaanottajat. Jos tietoja ei todella luovuteta kenellekään, ' +
    'mainitse se huomautuksissa.',
  ART30_SECURITY_MISSING:
    'Turvatoimia ei ole kirjattu. Kuvaa mahdollisuuksien mukaan tekniset ja organisatoriset turvatoimet, joilla ' +
    'tiedot suojataan (32 artikla), esimerkiksi pääsynhallinta tai salaus.',
  RETENTION_MISSING:
    'Henkilötietoryhmälle ”{{category}}” ei ole kirjattu poistamisen määräaikaa. Kerro, milloin nämä tiedot ' +
    'poistetaan, esimerkiksi ”6 vuoden kuluttua sopimuksen päättymisestä”, tai anna käsittelytoimelle yleinen ' +
    'säilytyssääntö.',
  TRANSFER_NO_MECHANISM:
    'Siirrolle, jonka kohde on {{destination}}, ei ole kirjattu siirtoperustetta. {{destination}} on EU:n/ETA:n ' +
    'ulkopuolella, joten siirto edellyttää vastaanottajan kattavaa tietosuojan riittävyyttä koskevaa päätöstä, ' +
    'asianmukaisia suojatoimia, kuten vakiosopimuslausekkeita, tai poikkeusta: kirjaa peruste, johon siirto ' +
    'perustuu.',
  TRANSFER_NO_ADEQUACY:
    'Siirto, jonka kohde on {{destination}}, perustuu tietosuojan riittävyyttä koskevaan päätökseen, mutta ' +
    'tälle kohteelle ei ole voimassa riittävyyspäätöstä. Valitse toinen siirtoperuste, esimerkiksi ' +
    'vakiosopimuslausekkeet.',
  TRANSFER_US_NOT_DPF:
    'Siirto vastaanottajalle {{party}} ({{destination}}) perustuu EU:n ja Yhdysvaltojen väliseen tietosuojan ' +
    'riittävyyttä koskevaan päätökseen, joka kattaa vain EU:n ja Yhdysvaltojen välisen tietosuojakehyksen ' +
    '(Data Privacy Framework) mukaisesti sertifioidut organisaatiot, eikä vastaanottajaa {{party}} ole merkitty ' +
    'sertifioiduksi. Tarkista tietosuojakehyksen luettelo ja merkitse osapuoli sertifioiduksi tai käytä toista ' +
    'siirtoperustetta, kuten vakiosopimuslausekkeita.',
  DPF_CHECK_OLD:
    'Siirto vastaanottajalle {{party}} perustuu sen sertifiointiin EU:n ja Yhdysvaltojen välisen ' +
    'tietosuojakehyksen (Data Privacy Framework) mukaisesti, ja sertifiointi on tarkistettu viimeksi ' +
    '{{checkedOn}}. Sertifiointi raukeaa, jos sitä ei uusita vuosittain: tarkista {{party}} uudelleen ' +
    'tietosuojakehyksen luettelosta ja merkitse tarkistuspäivä.',
  DPF_NOT_CHECKED:
    'Siirto vastaanottajalle {{party}} perustuu sen sertifiointiin EU:n ja Yhdysvaltojen välisen ' +
    'tietosuojakehyksen (Data Privacy Framework) mukaisesti. Tieto on peräisin toimittajakirjastosta, eikä ' +
    'sitä ole vielä tarkistettu. Tarkista {{party}} tietosuojakehyksen luettelosta ja merkitse tarkistuspäivä.',
  TRANSFER_US_RECIPIENT_UNKNOWN:
    'Siirto, jonka kohde on {{destination}}, perustuu EU:n ja Yhdysvaltojen väliseen tietosuojan riittävyyttä ' +
    'koskevaan päätökseen, joka kattaa vain EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (Data Privacy ' +
    'Framework) mukaisesti sertifioidut organisaatiot, mutta vastaanottajaa ei ole nimetty. Nimeä vastaanottaja ' +
    'ja merkitse se sertifioiduksi tai käytä toista siirtoperustetta, kuten vakiosopimuslausekkeita.',
  TRANSFER_ADEQUACY_SCOPE:
    'Tietosuojan riittävyyttä koskeva päätös ({{destination}}) kattaa vain osan vastaanottajista: {{scope}} ' +
    'Varmista, että vastaanottaja kuuluu päätöksen piiriin, tai käytä toista siirtoperustetta.',
  MECHANISM_INVALID:
    'Siirto, jonka kohde on {{destination}}, perustuu siirtoperusteeseen ”{{mechanism}}”, johon ei voi vedota ' +
    '{{endedOn}} alkaen. Valitse pätevä siirtoperuste, esimerkiksi täytäntöönpanopäätöksen (EU) 2021/914 ' +
    'vakiosopimuslausekkeet tai, jos vastaanottaja on Yhdysvalloissa ja sertifioitu tietosuojakehyksen ' +
    'mukaisesti, tietosuojan riittävyyttä koskeva päätös.',
  SCC_NO_MODULE:
    'Siirron, jonka kohde on {{destination}}, vakiosopimuslausekkeista ei ole kirjattu, mitä moduulia ' +
    'käytetään. Kirjaa rooleja vastaava moduuli: 1 rekisterinpitäjältä rekisterinpitäjälle, 2 ' +
    'rekisterinpitäjältä käsittelijälle, 3 käsittelijältä käsittelijälle, 4 käsittelijältä rekisterinpitäjälle.',
  SCC_NO_TIA:
    'Vakiosopimuslausekkeisiin perustuvalle siirrolle, jonka kohde on {{destination}}, ei ole kirjattu siirtoa ' +
    'koskevaa vaikutustenarviointia. Arvioi, antavatko kohdemaan lainsäädäntö ja käytännöt tietojen tuojalle ' +
    'mahdollisuuden noudattaa lausekkeita, lisää tarvittaessa täydentäviä toimenpiteitä ja merkitse arviointi ' +
    'tehdyksi.',
  DEROGATION_49_1_2_UNDOCUMENTED:
    'Siirto, jonka kohde on {{destination}}, perustuu pakottaviin oikeutettuihin etuihin (49 artiklan 1 kohdan ' +
    'toinen alakohta), mutta arviointia ja asianmukaisia suojatoimia ei ole dokumentoitu. Tietosuoja-asetuksen ' +
    '49 artiklan 6 kohdan mukaan ne on kirjattava selosteeseen: kuvaa ne siirron suojatoimia koskevissa ' +
    'tiedoissa.',
  DEROGATION_REGULAR:
    'Siirto, jonka kohde on {{destination}}, perustuu poikkeukseen ”{{derogation}}” ({{derogationArticle}}). ' +
    'Poikkeukset on tarkoitettu satunnaisiin siirtoihin, ja koska tämä käsittelytoimi on käytössä, sen ' +
    'siirtojen oletetaan olevan säännöllisiä. Käytä tietosuojan riittävyyttä koskevaa päätöstä tai suojatoimia, ' +
    'kuten vakiosopimuslausekkeita, jollei siirtoja todella tehdä vain satunnaisesti.',
  TRANSFER_NOT_RECORDED:
    '{{party}} vastaanottaa tietoja ja sijaitsee EU:n/ETA:n ulkopuolella ({{country}}), mutta sille tehtävää ' +
    'siirtoa ei ole kirjattu. Lisää siirto ja sen siirtoperuste tai korjaa osapuolen maa.',
  SPECIAL_NO_CONDITION:
    '”{{category}}” kuuluu erityisiin henkilötietoryhmiin ({{kind}}), mutta yksikään tämän käsittelytoimen ' +
    'tarkoitus ei nimeä 9 artiklan 2 kohdan mukaista käsittelyperustetta. Tällaisten tietojen käsittely on ' +
    'kielletty, ellei jokin näistä perusteista sovellu: valitse peruste sille tarkoitukselle, jossa näitä ' +
    'tietoja käytetään.',
  CRIMINAL_NO_BASIS:
    '”{{category}}” on rikostuomioita ja rikkomuksia koskevia tietoja, mutta yksikään tämän käsittelytoimen ' +
    'tarkoitus ei kerro niiden käsittelyperustetta. Nimeä laki, joka sallii käsittelyn, tai viranomainen, jonka ' +
    'valvonnassa sitä tehdään (10 artikla).',
  NATIONAL_ID:
    '”{{category}}” on kansallinen henkilönumero. Kansallisessa lainsäädännössä voidaan asettaa ehtoja sen ' +
    'käytölle (87 artikla): tarkista asianomaisten maiden säännöt ja kirjaa, miten ne täytetään.',
  LEGAL_BASIS_MISSING:
    'Tarkoitukselle ”{{purpose}}” ei ole kirjattu käsittelyperustetta. Valitse 6 artiklan 1 kohdan mukainen ' +
    'peruste, johon käsittely perustuu.',
  LEGITIMATE_INTEREST_MISSING:
    'Tarkoitus ”{{purpose}}” perustuu oikeutettuun etuun, mutta tavoiteltua etua ei ole kuvattu. Kuvaa etu ja ' +
    'säilytä tasapainotesti, jossa se punnitaan rekisteröityjen oikeuksia vasten.',
  LEGITIMATE_INTEREST_ASSESSMENT_MISSING:
    'Tarkoitus ”{{purpose}}” perustuu oikeutettuun etuun, mutta selosteesta ei käy ilmi, mihin tasapainotesti ' +
    'on kirjattu. 6 artiklan 1 kohdan f alakohta edellyttää, että etu punnitaan rekisteröityjen oikeuksia ' +
    'vasten (johdanto-osan 47 kappale), ja rekisterinpitäjän on pystyttävä osoittamaan se (5 artiklan 2 ' +
    'kohta): kirjaa, missä oikeutetun edun arviointi säilytetään.',
  CONDITION_REFERENCE_MISSING:
    'Tarkoitus ”{{purpose}}” perustuu edellytykseen, joka vaatii perustan unionin tai jäsenvaltion ' +
    'lainsäädännössä (9 artiklan 2 kohdan b ja g–j alakohta tai 10 artikla), mutta säännöstä ei ole nimetty. ' +
    'Kirjaa laki ja pykälä, johon käsittely perustuu, esimerkiksi työelämän tai terveydenhuollon laki.',
  DPIA_NOT_COMPLETED:
    'Tämän käsittelytoimen alustava arviointi osoittaa seuraavaa: {{reasons}}. Tietosuojaa koskeva ' +
    'vaikutustenarviointi on siksi todennäköisesti tarpeen, mutta sitä ei ole kirjattu tehdyksi. Tee ' +
    'vaikutustenarviointi ja merkitse se tehdyksi tai, jos totesit, ettei sitä tarvita, merkitse se ' +
    'tarpeettomaksi ja viittaa dokumentoituihin perusteluihin.',
  REVIEW_OVERDUE:
    'Tämän käsittelytoimen tarkistus oli määrä tehdä viimeistään {{due}}. Tarkista, että selosteen tiedot ovat ' +
    'yhä ajan tasalla, kirjaa sitten tarkistus ja aseta seuraavan tarkistuksen päivämäärä.',
}
