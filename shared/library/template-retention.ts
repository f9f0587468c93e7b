/**
 * Retention rules the templates use. Where a statute sets the period (accounting records: gdpr-facts.md section 7;
 * payroll, whistleblowing and camera recordings where named), the rule is given per country, in every language,
 * with the provision; elsewhere a rule a careful DPO would write, which the organisation adapts.
 * [V] FI, SE, DK, DE accounting periods (gdpr-facts.md section 7). [C] the others: verify before relying on them.
 */
import { t6, type Retention, type RetentionRule } from './template-types'

const rule = (months: number | null, text: ReturnType<typeof t6>): RetentionRule => ({ text, months })

/** Accounting vouchers (invoices, receipts, payment records). */
export const ACCOUNTING_VOUCHERS: Retention = {
  default: rule(
    null,
    t6(
      'As long as the accounting law of the organisation’s country requires (commonly 5 to 10 years after the financial year); then deleted.',
      'Niin kauan kuin organisaation maan kirjanpitolaki edellyttää (tavallisesti 5–10 vuotta tilikauden jälkeen), minkä jälkeen poistetaan.',
      'Så länge som bokföringslagen i organisationens land kräver (vanligen 5–10 år efter räkenskapsåret), därefter gallras uppgifterna.',
      'Så længe bogføringsloven i organisationens land kræver det (normalt 5–10 år efter regnskabsåret), herefter slettes de.',
      'So lange das Rechnungslegungsrecht des Landes der Organisation es verlangt (meist 5 bis 10 Jahre nach dem Geschäftsjahr), danach gelöscht.',
      'Aussi longtemps que l’exige le droit comptable du pays de l’organisme (en général 5 à 10 ans après l’exercice), puis supprimées.',
    ),
  ),
  byCountry: {
    FI: rule(
      72,
      t6(
        '6 years from the end of the year in which the financial year ended (Finnish Accounting Act 1336/1997, chapter 2, section 10).',
        '6 vuotta sen vuoden lopusta, jonka aikana tilikausi on päättynyt (kirjanpitolaki 1336/1997, 2 luku 10 §).',
        '6 år från utgången av det år under vilket räkenskapsperioden har gått ut (bokföringslagen 1336/1997, 2 kap. 10 §).',
        '6 år fra udgangen af det år, hvor regnskabsåret sluttede (den finske bogføringslov 1336/1997, kapitel 2, § 10).',
        '6 Jahre ab dem Ende des Jahres, in dem das Geschäftsjahr endete (finnisches Buchführungsgesetz 1336/1997, Kap. 2 § 10).',
        '6 ans à compter de la fin de l’année au cours de laquelle l’exercice s’est terminé (loi finlandaise sur la comptabilité 1336/1997, chap. 2, art. 10).',
      ),
    ),
    SE: rule(
      84,
      t6(
        '7 years after the end of the calendar year in which the financial year ended (Swedish Bookkeeping Act, Bokföringslagen 1999:1078, chapter 7, section 2).',
        '7 vuotta sen kalenterivuoden päättymisestä, jonka aikana tilikausi päättyi (Ruotsin kirjanpitolaki, bokföringslagen 1999:1078, 7 luku 2 §).',
        'Sju år efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 1999:1078, 7 kap. 2 §).',
        '7 år efter udgangen af det kalenderår, hvor regnskabsåret sluttede (den svenske bogføringslov, bokföringslagen 1999:1078, kapitel 7, § 2).',
        '7 Jahre nach Ablauf des Kalenderjahres, in dem das Geschäftsjahr endete (schwedisches Buchführungsgesetz, Bokföringslagen 1999:1078, Kap. 7 § 2).',
        '7 ans après la fin de l’année civile au cours de laquelle l’exercice s’est terminé (loi suédoise sur la comptabilité, Bokföringslagen 1999:1078, chap. 7, art. 2).',
      ),
    ),
    DK: rule(
      60,
      t6(
        '5 years from the end of the financial year the material relates to (Danish Bookkeeping Act, Bogføringsloven, section 10).',
        '5 vuotta sen tilikauden päättymisestä, jota aineisto koskee (Tanskan kirjanpitolaki, bogføringsloven, 10 §).',
        '5 år från utgången av det räkenskapsår som materialet avser (danska bokföringslagen, bogføringsloven, 10 §).',
        '5 år fra udgangen af det regnskabsår, materialet vedrører (bogføringsloven § 10).',
        '5 Jahre ab dem Ende des Geschäftsjahres, auf das sich die Unterlagen beziehen (dänisches Buchführungsgesetz, Bogføringsloven, § 10).',
        '5 ans à compter de la fin de l’exercice auquel les pièces se rapportent (loi danoise sur la comptabilité, Bogføringsloven, art. 10).',
      ),
    ),
    DE: rule(
      96,
      t6(
        '8 years for accounting vouchers (section 257 HGB, section 147 AO, as amended from 2025), counted from the end of the calendar year in which they were created.',
        '8 vuotta kirjanpidon tositteille (Saksan kauppalaki HGB 257 § ja verolaki AO 147 §, muutettuina vuodesta 2025), laskettuna sen kalenterivuoden lopusta, jona ne syntyivät.',
        '8 år för verifikationer (257 § HGB och 147 § AO, i lydelse från 2025), räknat från utgången av det kalenderår då de upprättades.',
        '8 år for bogføringsbilag (§ 257 HGB og § 147 AO som ændret fra 2025), regnet fra udgangen af det kalenderår, hvor de blev udarbejdet.',
        '8 Jahre für Buchungsbelege (§ 257 HGB, § 147 AO in der ab 2025 geltenden Fassung), gerechnet ab dem Schluss des Kalenderjahres ihrer Entstehung.',
        '8 ans pour les pièces comptables (art. 257 HGB et 147 AO, dans leur version applicable depuis 2025), à compter de la fin de l’année civile de leur établissement.',
      ),
    ),
    FR: rule(
      120,
      t6(
        '10 years from the end of the financial year (French Commercial Code, article L123-22).',
        '10 vuotta tilikauden päättymisestä (Ranskan kauppakaari, L123-22 artikla).',
        '10 år från räkenskapsårets utgång (franska handelsbalken, artikel L123-22).',
        '10 år fra regnskabsårets afslutning (den franske handelslov, artikel L123-22).',
        '10 Jahre ab dem Ende des Geschäftsjahres (französisches Handelsgesetzbuch, Art. L123-22).',
        '10 ans à compter de la clôture de l’exercice (code de commerce, art. L123-22).',
      ),
    ),
  },
}

/** Books of account, annual accounts and financial statements. */
export const ACCOUNTING_BOOKS: Retention = {
  default: ACCOUNTING_VOUCHERS.default,
  byCountry: {
    FI: rule(
      120,
      t6(
        '10 years from the end of the financial year (Finnish Accounting Act 1336/1997, chapter 2, section 10).',
        '10 vuotta tilikauden päättymisestä (kirjanpitolaki 1336/1997, 2 luku 10 §).',
        '10 år från räkenskapsperiodens utgång (bokföringslagen 1336/1997, 2 kap. 10 §).',
        '10 år fra regnskabsårets udløb (den finske bogføringslov 1336/1997, kapitel 2, § 10).',
        '10 Jahre ab dem Ende des Geschäftsjahres (finnisches Buchführungsgesetz 1336/1997, Kap. 2 § 10).',
        '10 ans à compter de la fin de l’exercice (loi finlandaise sur la comptabilité 1336/1997, chap. 2, art. 10).',
      ),
    ),
    SE: ACCOUNTING_VOUCHERS.byCountry.SE,
    DK: ACCOUNTING_VOUCHERS.byCountry.DK,
    DE: rule(
      120,
      t6(
        '10 years for books, inventories and annual accounts (section 257 HGB, section 147 AO), counted from the end of the calendar year of the last entry.',
        '10 vuotta kirjanpitokirjoille, inventaarioille ja tilinpäätöksille (HGB 257 §, AO 147 §), laskettuna viimeisen merkinnän kalenterivuoden lopusta.',
        '10 år för böcker, inventarieförteckningar och årsbokslut (257 § HGB, 147 § AO), räknat från utgången av det kalenderår då den sista posten gjordes.',
        '10 år for regnskabsbøger, opgørelser og årsregnskaber (§ 257 HGB, § 147 AO), regnet fra udgangen af kalenderåret for den sidste postering.',
        '10 Jahre für Handelsbücher, Inventare und Jahresabschlüsse (§ 257 HGB, § 147 AO), gerechnet ab dem Schluss des Kalenderjahres der letzten Eintragung.',
        '10 ans pour les livres, inventaires et comptes annuels (art. 257 HGB, art. 147 AO), à compter de la fin de l’année civile de la dernière écriture.',
      ),
    ),
    FR: ACCOUNTING_VOUCHERS.byCountry.FR,
  },
}

/** Payroll records: the payroll ledger and payslips. */
export const PAYROLL_RECORDS: Retention = {
  default: ACCOUNTING_VOUCHERS.default,
  byCountry: {
    FI: ACCOUNTING_BOOKS.byCountry.FI,
    SE: ACCOUNTING_VOUCHERS.byCountry.SE,
    DK: ACCOUNTING_VOUCHERS.byCountry.DK,
    DE: rule(
      72,
      t6(
        'The payroll account until the end of the sixth calendar year after the last entry (section 41 EStG); payroll entries as accounting vouchers 8 years (section 257 HGB, section 147 AO).',
        'Palkkatili kuudennen kalenterivuoden loppuun viimeisestä merkinnästä (EStG 41 §); palkkakirjaukset kirjanpidon tositteina 8 vuotta (HGB 257 §, AO 147 §).',
        'Lönekontot till utgången av det sjätte kalenderåret efter den sista posten (41 § EStG); lönebokningar som verifikationer i 8 år (257 § HGB, 147 § AO).',
        'Lønkontoen til udgangen af det sjette kalenderår efter den sidste postering (§ 41 EStG); lønposteringer som bogføringsbilag i 8 år (§ 257 HGB, § 147 AO).',
        'Lohnkonto bis zum Ablauf des sechsten Kalenderjahres nach der letzten Eintragung (§ 41 EStG); Lohnbuchungen als Buchungsbelege 8 Jahre (§ 257 HGB, § 147 AO).',
        'Le compte de salaire jusqu’à la fin de la sixième année civile suivant la dernière écriture (art. 41 EStG) ; les écritures de paie comme pièces comptables pendant 8 ans (art. 257 HGB, art. 147 AO).',
      ),
    ),
    FR: rule(
      60,
      t6(
        'Duplicates of payslips 5 years (French Labour Code, article L3243-4); payroll entries as accounting records 10 years (Commercial Code, article L123-22).',
        'Palkkalaskelmien kaksoiskappaleet 5 vuotta (Ranskan työlaki, L3243-4 artikla); palkkakirjaukset kirjanpitoaineistona 10 vuotta (kauppakaari, L123-22 artikla).',
        'Kopior av lönebesked i 5 år (franska arbetslagen, artikel L3243-4); lönebokningar som räkenskapsinformation i 10 år (handelsbalken, artikel L123-22).',
        'Kopier af lønsedler i 5 år (den franske arbejdslov, artikel L3243-4); lønposteringer som regnskabsmateriale i 10 år (handelsloven, artikel L123-22).',
        'Doppel der Lohnabrechnungen 5 Jahre (französisches Arbeitsgesetzbuch, Art. L3243-4); Lohnbuchungen als Buchhaltungsunterlagen 10 Jahre (Handelsgesetzbuch, Art. L123-22).',
        'Doubles des bulletins de paie : 5 ans (code du travail, art. L3243-4) ; écritures de paie comme documents comptables : 10 ans (code de commerce, art. L123-22).',
      ),
    ),
  },
}

/** Employment records (contract, position, history) after the employment ends. */
export const EMPLOYMENT_RECORDS: Retention = {
  default: rule(
    36,
    t6(
      'For the employment and 3 years after it ends (the usual period for claims), unless a law requires longer.',
      'Työsuhteen ajan ja 3 vuotta sen päättymisestä (tavanomainen vaatimusten esittämisaika), ellei laki edellytä pidempää aikaa.',
      'Under anställningen och 3 år efter att den upphört (vanlig tid för anspråk), om inte lag kräver längre tid.',
      'Under ansættelsen og 3 år efter dens ophør (den sædvanlige frist for krav), medmindre loven kræver længere tid.',
      'Während der Beschäftigung und 3 Jahre nach ihrem Ende (regelmäßige Verjährungsfrist), sofern kein Gesetz eine längere Frist verlangt.',
      'Pendant la relation de travail et 3 ans après sa fin (délai habituel des recours), sauf si la loi impose une durée plus longue.',
    ),
  ),
  byCountry: {
    FI: rule(
      120,
      t6(
        'For the employment and 10 years after it ends: an employee may ask for an employment certificate for that long (Finnish Employment Contracts Act 55/2001, chapter 6, section 7).',
        'Työsuhteen ajan ja 10 vuotta sen päättymisestä, koska työntekijä voi pyytää työtodistusta niin kauan (työsopimuslaki 55/2001, 6 luku 7 §).',
        'Under anställningen och 10 år efter att den upphört: arbetstagaren kan begära arbetsintyg så länge (arbetsavtalslagen 55/2001, 6 kap. 7 §).',
        'Under ansættelsen og 10 år efter dens ophør: medarbejderen kan så længe bede om en arbejdsattest (den finske lov om arbejdsaftaler 55/2001, kapitel 6, § 7).',
        'Während der Beschäftigung und 10 Jahre nach ihrem Ende: so lange kann ein Arbeitszeugnis verlangt werden (finnisches Arbeitsvertragsgesetz 55/2001, Kap. 6 § 7).',
        'Pendant la relation de travail et 10 ans après sa fin : le salarié peut demander un certificat de travail pendant ce délai (loi finlandaise sur le contrat de travail 55/2001, chap. 6, art. 7).',
      ),
    ),
    FR: rule(
      60,
      t6(
        'For the employment and 5 years after the employee leaves (register of personnel, French Labour Code, article R1221-26).',
        'Työsuhteen ajan ja 5 vuotta työntekijän lähdöstä (henkilöstörekisteri, Ranskan työlaki, R1221-26 artikla).',
        'Under anställningen och 5 år efter att den anställde slutat (personalregistret, franska arbetslagen, artikel R1221-26).',
        'Under ansættelsen og 5 år efter fratrædelsen (personaleregistret, den franske arbejdslov, artikel R1221-26).',
        'Während der Beschäftigung und 5 Jahre nach dem Ausscheiden (Personalregister, französisches Arbeitsgesetzbuch, Art. R1221-26).',
        'Pendant la relation de travail et 5 ans après le départ du salarié (registre unique du personnel, code du travail, art. R1221-26).',
      ),
    ),
  },
}

/** Applications of candidates who were not hired. */
export const APPLICATIONS: Retention = {
  default: rule(
    6,
    t6(
      '6 months after the position is filled (the time to bring a discrimination claim); longer only with the applicant’s consent.',
      '6 kuukautta tehtävän täyttämisestä (syrjintäkanteen nostamisen aika); pidempään vain hakijan suostumuksella.',
      '6 månader efter att tjänsten tillsatts (tiden för att väcka talan om diskriminering); längre endast med den sökandes samtycke.',
      '6 måneder efter stillingen er besat (fristen for at rejse krav om forskelsbehandling); længere kun med ansøgerens samtykke.',
      '6 Monate nach Besetzung der Stelle (Frist für Ansprüche nach dem AGG); länger nur mit Einwilligung der Bewerberin oder des Bewerbers.',
      '6 mois après le pourvoi du poste (délai pour agir en discrimination) ; plus longtemps seulement avec l’accord du candidat.',
    ),
  ),
  byCountry: {
    FI: rule(
      12,
      t6(
        '1 year after the recruitment decision: a claim under the Equality and Non-discrimination Acts must be brought within a year; longer only with consent.',
        '1 vuosi rekrytointipäätöksestä, koska tasa-arvo- ja yhdenvertaisuuslain mukainen kanne on nostettava vuoden kuluessa; pidempään vain suostumuksella.',
        '1 år efter rekryteringsbeslutet: talan enligt jämställdhets- och diskrimineringslagarna ska väckas inom ett år; längre endast med samtycke.',
        '1 år efter ansættelsesbeslutningen: krav efter de finske ligestillings- og ikke-diskriminationslove skal rejses inden for et år; længere kun med samtykke.',
        '1 Jahr nach der Auswahlentscheidung: Klagen nach den finnischen Gleichstellungs- und Antidiskriminierungsgesetzen sind binnen eines Jahres zu erheben; länger nur mit Einwilligung.',
        '1 an après la décision de recrutement : l’action au titre des lois finlandaises sur l’égalité et la non-discrimination doit être engagée dans l’année ; plus longtemps seulement avec consentement.',
      ),
    ),
    SE: rule(
      24,
      t6(
        '2 years after the recruitment decision: a discrimination claim must be brought within two years (Swedish Discrimination Act 2008:567, chapter 6, section 3); longer only with consent.',
        '2 vuotta rekrytointipäätöksestä, koska syrjintäkanne on nostettava kahden vuoden kuluessa (Ruotsin syrjintälaki 2008:567, 6 luku 3 §); pidempään vain suostumuksella.',
        '2 år efter rekryteringsbeslutet: talan om diskriminering ska väckas inom två år (diskrimineringslagen 2008:567, 6 kap. 3 §); längre endast med samtycke.',
        '2 år efter ansættelsesbeslutningen: krav om forskelsbehandling skal rejses inden for to år (den svenske diskriminationslov 2008:567, kapitel 6, § 3); længere kun med samtykke.',
        '2 Jahre nach der Auswahlentscheidung: Diskriminierungsklagen sind binnen zwei Jahren zu erheben (schwedisches Diskriminierungsgesetz 2008:567, Kap. 6 § 3); länger nur mit Einwilligung.',
        '2 ans après la décision de recrutement : l’action en discrimination doit être engagée dans les deux ans (loi suédoise sur la discrimination 2008:567, chap. 6, art. 3) ; plus longtemps seulement avec consentement.',
      ),
    ),
    FR: rule(
      24,
      t6(
        '2 years after the last contact with the candidate (CNIL recommendation), unless the candidate objects.',
        '2 vuotta viimeisestä yhteydenotosta hakijaan (CNIL:n suositus), ellei hakija vastusta.',
        '2 år efter den senaste kontakten med den sökande (CNIL:s rekommendation), om inte den sökande invänder.',
        '2 år efter den seneste kontakt med ansøgeren (CNIL’s anbefaling), medmindre ansøgeren gør indsigelse.',
        '2 Jahre nach dem letzten Kontakt (Empfehlung der CNIL), sofern die Bewerberin oder der Bewerber nicht widerspricht.',
        '2 ans après le dernier contact avec le candidat (recommandation de la CNIL), sauf opposition de sa part.',
      ),
    ),
  },
}

/** Reports received through the whistleblowing channel. */
export const WHISTLEBLOWING_REPORTS: Retention = {
  default: rule(
    null,
    t6(
      'No longer than needed to handle the report and any proceedings it leads to, and as long as national whistleblowing law requires; unfounded reports are deleted promptly.',
      'Enintään niin kauan kuin ilmoituksen ja siitä johtuvien menettelyjen käsittely vaatii ja kansallinen ilmoittajansuojelulaki edellyttää; aiheettomat ilmoitukset poistetaan viipymättä.',
      'Inte längre än vad som behövs för att hantera rapporten och de förfaranden den leder till, och så länge nationell visselblåsarlag kräver; ogrundade rapporter raderas utan dröjsmål.',
      'Ikke længere end nødvendigt for at behandle indberetningen og de sager, den fører til, og så længe national whistleblowerlovgivning kræver; ubegrundede indberetninger slettes straks.',
      'Nicht länger als zur Bearbeitung der Meldung und der daraus folgenden Verfahren nötig und so lange das nationale Hinweisgeberrecht es verlangt; unbegründete Meldungen werden umgehend gelöscht.',
      'Pas plus longtemps que nécessaire au traitement du signalement et des procédures qui en découlent, et aussi longtemps que l’exige le droit national ; les signalements infondés sont supprimés sans délai.',
    ),
  ),
  byCountry: {
    FI: rule(
      60,
      t6(
        '5 years from receiving the report, longer only while needed for proceedings (Finnish Whistleblower Act 1171/2022).',
        '5 vuotta ilmoituksen vastaanottamisesta, pidempään vain menettelyjen niin vaatiessa (ilmoittajansuojelulaki 1171/2022).',
        '5 år från det att rapporten togs emot, längre endast om förfaranden kräver det (visselblåsarlagen 1171/2022).',
        '5 år fra modtagelsen af indberetningen, længere kun hvis sager kræver det (den finske whistleblowerlov 1171/2022).',
        '5 Jahre ab Eingang der Meldung, länger nur, soweit Verfahren es erfordern (finnisches Hinweisgeberschutzgesetz 1171/2022).',
        '5 ans à compter de la réception du signalement, plus longtemps seulement si des procédures l’exigent (loi finlandaise 1171/2022 sur les lanceurs d’alerte).',
      ),
    ),
    SE: rule(
      24,
      t6(
        'No longer than 2 years after the follow-up case is closed (Swedish Whistleblowing Act 2021:890).',
        'Enintään 2 vuotta seurantatapauksen päättämisestä (Ruotsin ilmoittajansuojelulaki 2021:890).',
        'Högst två år efter att uppföljningsärendet avslutats (lagen 2021:890 om skydd för personer som rapporterar om missförhållanden).',
        'Højst 2 år efter, at opfølgningssagen er afsluttet (den svenske whistleblowerlov 2021:890).',
        'Höchstens 2 Jahre nach Abschluss des Folgeverfahrens (schwedisches Hinweisgebergesetz 2021:890).',
        'Au plus 2 ans après la clôture du dossier de suivi (loi suédoise 2021:890 sur les lanceurs d’alerte).',
      ),
    ),
    DE: rule(
      36,
      t6(
        '3 years after the procedure is closed (section 11(5) of the German Whistleblower Protection Act, HinSchG), longer only while needed.',
        '3 vuotta menettelyn päättymisestä (Saksan ilmoittajansuojelulaki HinSchG 11 § 5 mom.), pidempään vain tarpeen mukaan.',
        '3 år efter att förfarandet avslutats (11 § 5 st. i tyska visselblåsarlagen HinSchG), längre endast vid behov.',
        '3 år efter sagens afslutning (§ 11, stk. 5, i den tyske whistleblowerlov HinSchG), længere kun om nødvendigt.',
        '3 Jahre nach Abschluss des Verfahrens (§ 11 Abs. 5 HinSchG), länger nur, soweit erforderlich.',
        '3 ans après la clôture de la procédure (art. 11, al. 5, de la loi allemande HinSchG), plus longtemps seulement si nécessaire.',
      ),
    ),
  },
}

/** Camera recordings. */
export const CAMERA_RECORDINGS: Retention = {
  default: rule(
    1,
    t6(
      'Overwritten automatically after at most 30 days; a recording needed to investigate an incident is kept until the matter is closed.',
      'Tallenteet korvautuvat automaattisesti viimeistään 30 päivän kuluttua; tapahtuman selvittämiseen tarvittava tallenne säilytetään asian käsittelyn päättymiseen asti.',
      'Skrivs över automatiskt efter högst 30 dagar; en inspelning som behövs för att utreda en händelse sparas tills ärendet är avslutat.',
      'Overskrives automatisk efter højst 30 dage; en optagelse, der skal bruges til at efterforske en hændelse, gemmes, til sagen er afsluttet.',
      'Automatisch nach spätestens 30 Tagen überschrieben; eine zur Aufklärung eines Vorfalls benötigte Aufnahme bleibt bis zum Abschluss der Sache gespeichert.',
      'Écrasés automatiquement au plus tard après 30 jours ; un enregistrement nécessaire à l’enquête sur un incident est conservé jusqu’à la clôture de l’affaire.',
    ),
  ),
  byCountry: {
    DK: rule(
      1,
      t6(
        'Deleted no later than 30 days after recording, unless needed for a specific dispute or handed to the police (Danish CCTV Act, tv-overvågningsloven).',
        'Poistetaan viimeistään 30 päivän kuluttua tallentamisesta, ellei tallennetta tarvita tietyssä riidassa tai luovuteta poliisille (Tanskan kameravalvontalaki).',
        'Raderas senast 30 dagar efter inspelningen, om den inte behövs i en viss tvist eller lämnas till polisen (danska kamerabevakningslagen).',
        'Slettes senest 30 dage efter optagelsen, medmindre den skal bruges i en konkret tvist eller udleveres til politiet (tv-overvågningsloven).',
        'Spätestens 30 Tage nach der Aufnahme gelöscht, außer sie wird für einen konkreten Streitfall benötigt oder der Polizei übergeben (dänisches Videoüberwachungsgesetz).',
        'Supprimés au plus tard 30 jours après l’enregistrement, sauf s’ils sont nécessaires à un litige précis ou remis à la police (loi danoise sur la vidéosurveillance).',
      ),
    ),
    DE: rule(
      0,
      t6(
        'Deleted after 72 hours unless an incident needs investigating (the period German supervisory authorities recommend).',
        'Poistetaan 72 tunnin kuluttua, ellei tapahtumaa tarvitse selvittää (Saksan valvontaviranomaisten suosittelema aika).',
        'Raderas efter 72 timmar om ingen händelse behöver utredas (den tid tyska tillsynsmyndigheter rekommenderar).',
        'Slettes efter 72 timer, medmindre en hændelse skal efterforskes (den frist, tyske tilsynsmyndigheder anbefaler).',
        'Löschung nach 72 Stunden, sofern kein Vorfall aufzuklären ist (von den deutschen Aufsichtsbehörden empfohlene Frist).',
        'Supprimés après 72 heures, sauf incident à examiner (délai recommandé par les autorités de contrôle allemandes).',
      ),
    ),
  },
}

/** A plain rule used by one template: the same words everywhere. */
export function retention(
  months: number | null,
  en: string,
  fi: string,
  sv: string,
  da: string,
  de: string,
  fr: string,
): Retention {
  return rule(months, t6(en, fi, sv, da, de, fr))
}

/** "As long as the customer relationship lasts and N years after it ends." */
export function afterRelationship(years: number): Retention {
  const n = String(years)
  return retention(
    years * 12,
    `For the customer relationship and ${n} years after it ends.`,
    `Asiakassuhteen ajan ja ${n} vuotta sen päättymisestä.`,
    `Under kundförhållandet och ${n} år efter att det upphört.`,
    `Under kundeforholdet og ${n} år efter dets ophør.`,
    `Für die Dauer der Kundenbeziehung und ${n} Jahre nach ihrem Ende.`,
    `Pendant la relation client et ${n} ans après sa fin.`,
  )
}

/** "Until consent is withdrawn or the person unsubscribes." */
export const UNTIL_WITHDRAWN: Retention = retention(
  null,
  'Until the person unsubscribes or withdraws consent; the record of the consent is kept 3 years after that, to show it was given.',
  'Kunnes henkilö peruu tilauksen tai suostumuksensa; suostumuksen tiedot säilytetään sen jälkeen 3 vuotta sen osoittamiseksi.',
  'Tills personen avregistrerar sig eller återkallar sitt samtycke; uppgiften om samtycket sparas därefter i 3 år för att visa att det lämnats.',
  'Indtil personen afmelder sig eller trækker sit samtykke tilbage; registreringen af samtykket gemmes derefter i 3 år som dokumentation.',
  'Bis zur Abmeldung oder zum Widerruf der Einwilligung; der Einwilligungsnachweis wird danach 3 Jahre aufbewahrt.',
  'Jusqu’à la désinscription ou au retrait du consentement ; la preuve du consentement est ensuite conservée 3 ans.',
)
