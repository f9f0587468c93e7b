/**
 * Swedish finding messages, in the terms of the Swedish GDPR (dataskyddsförordningen) and the guidance of
 * Integritetsskyddsmyndigheten (IMY).
 */
import type { FindingMessages } from './en'

export const findingsSv: FindingMessages = {
  ART30_CONTACT_MISSING:
    'Inga kontaktuppgifter har angetts för {{organisation}}. Registret ska innehålla organisationens namn och ' +
    'kontaktuppgifter: lägg till en adress, en e-postadress eller ett telefonnummer i organisationens profil.',
  REPRESENTATIVE_MISSING:
    'Organisationen är etablerad i {{country}}, utanför EU/EES, och ingen företrädare i unionen har angetts. En ' +
    'personuppgiftsansvarig eller ett personuppgiftsbiträde som inte är etablerad i unionen ska skriftligen ' +
    'utse en företrädare (artikel 27): lägg till företrädarens namn och kontaktuppgifter i organisationens ' +
    'profil.',
  ART30_5_EXEMPTION_POSSIBLE:
    'Organisationen har {{count}} anställda, färre än {{threshold}}, och registrerar inga särskilda kategorier ' +
    'av personuppgifter eller uppgifter om fällande domar i brottmål och överträdelser, så undantaget i artikel ' +
    '30.5 från skyldigheten att föra detta register skulle kunna gälla. Undantaget gäller inte om någon ' +
    'behandling sannolikt leder till en risk för de registrerades rättigheter och friheter eller inte är ' +
    'tillfällig. Regelbunden behandling, till exempel av uppgifter om anställda eller kunder, är inte tillfällig ' +
    '(ståndpunkt från artikel 29-gruppen), så i praktiken måste de flesta organisationer ändå föra registret.',
  ART30_JOINT_CONTROLLERS_MISSING:
    'Detta är en behandling med gemensamt personuppgiftsansvar, men ingen gemensamt personuppgiftsansvarig har ' +
    'angetts. Lägg till de gemensamt personuppgiftsansvariga med deras kontaktuppgifter.',
  PROCESSOR_NO_CONTROLLERS:
    'Denna post i personuppgiftsbiträdets register anger inte de personuppgiftsansvariga för vars räkning ' +
    'behandlingen utförs. Lägg till varje personuppgiftsansvarig (kund) med kontaktuppgifter.',
  PARTY_CONTACT_MISSING:
    'Inga kontaktuppgifter har angetts för {{party}}, som anges i denna behandling. Registret ska innehålla namn ' +
    'och kontaktuppgifter för varje gemensamt personuppgiftsansvarig och för varje personuppgiftsansvarig som ett ' +
    'biträde agerar för: lägg till en adress eller en e-postadress för parten.',
  ART30_PURPOSES_MISSING:
    'Inget ändamål har angetts. Registret ska ange ändamålen med behandlingen: lägg till minst ett ändamål med ' +
    'dess rättsliga grund.',
  ART30_PROCESSING_MISSING:
    'Ingen kategori av behandling har angetts. Ett personuppgiftsbiträdes register ska beskriva de kategorier ' +
    'av behandling som utförs för varje personuppgiftsansvarigs räkning: lägg till minst en.',
  ART30_DATA_SUBJECTS_MISSING:
    'Ingen kategori av registrerade har angetts. Ange vems uppgifter som behandlas, till exempel anställdas ' +
    'eller kunders.',
  ART30_DATA_CATEGORIES_MISSING:
    'Ingen kategori av personuppgifter har angetts. Lägg till de kategorier av uppgifter som behandlas, till ' +
    'exempel kontaktuppgifter.',
  ART30_RECIPIENTS_MISSING:
    'Ingen mottagare har angetts. Ange alla som uppgifterna lämnas ut till, även personuppgiftsbiträden och ' +
    'mottagare i tredjeländer. Om uppgifterna verkligen inte lämnas ut till någon, skriv det i anteckningarna.',
  ART30_SECURITY_MISSING:
    'Ingen säkerhetsåtgärd har angetts. Beskriv om möjligt de tekniska och organisatoriska säkerhetsåtgärder ' +
    'som skyddar uppgifterna (artikel 32), till exempel åtkomstkontroll eller kryptering.',
  RETENTION_MISSING:
    'Ingen tidsfrist för radering har angetts för ”{{category}}”. Ange när uppgifterna raderas, till exempel ' +
    '”6 år efter avtalets upphörande”, eller ange en allmän regel för lagring och radering för behandlingen.',
  TRANSFER_NO_MECHANISM:
    'Ingen grund har angetts för överföringen till {{destination}}. {{destination}} ligger utanför EU/EES, så ' +
    'överföringen kräver ett beslut om adekvat skyddsnivå som omfattar mottagaren, lämpliga skyddsåtgärder som ' +
    'standardavtalsklausuler eller ett undantag: ange den grund som överföringen bygger på.',
  TRANSFER_NO_ADEQUACY:
    'Överföringen till {{destination}} bygger på ett beslut om adekvat skyddsnivå, men inget sådant beslut ' +
    'gäller för {{destination}}. Välj en annan grund, till exempel standardavtalsklausuler.',
  TRANSFER_US_NOT_DPF:
    'Överföringen till {{party}} i {{destination}} bygger på beslutet om adekvat skyddsnivå för EU–USA, som ' +
    'endast omfattar organisationer som är certifierade enligt EU–US Data Privacy Framework, och {{party}} är ' +
    'inte markerad som certifierad. Kontrollera förteckningen över Data Privacy Framework och markera parten ' +
    'som certifierad, eller använd en annan grund som standardavtalsklausuler.',
  DPF_CHECK_OLD:
    'Överföringen till {{party}} bygger på dess certifiering enligt EU–US Data Privacy Framework, som ' +
    'senast kontrollerades {{checkedOn}}. En certifiering upphör om den inte förnyas varje år: sök upp ' +
    '{{party}} i förteckningen över Data Privacy Framework igen och ange datumet.',
  DPF_NOT_CHECKED:
    'Överföringen till {{party}} bygger på dess certifiering enligt EU–US Data Privacy Framework. Uppgiften ' +
    'kommer från leverantörsbiblioteket och har ännu inte kontrollerats. Sök upp {{party}} i förteckningen ' +
    'över Data Privacy Framework och ange datumet för kontrollen.',
  TRANSFER_US_RECIPIENT_UNKNOWN:
    'Överföringen till {{destination}} bygger på beslutet om adekvat skyddsnivå för EU–USA, som endast omfattar ' +
    'organisationer som är certifierade enligt EU–US Data Privacy Framework, men mottagaren har inte angetts. ' +
    'Ange mottagaren och markera den som certifierad, eller använd en annan grund som ' +
    'standardavtalsklausuler.',
  TRANSFER_ADEQUACY_SCOPE:
    'Beslutet om adekvat skyddsnivå för {{destination}} omfattar endast vissa mottagare: {{scope}} Bekräfta att ' +
    'mottagaren omfattas, eller använd en annan grund.',
  MECHANISM_INVALID:
    'Överföringen till {{destination}} bygger på ”{{mechanism}}”, som inte kan användas sedan {{endedOn}}. ' +
    'Välj en giltig grund, till exempel standardavtalsklausulerna i genomförandebeslut (EU) 2021/914 eller, för ' +
    'en mottagare i USA som är certifierad enligt Data Privacy Framework, beslutet om adekvat skyddsnivå.',
  SCC_NO_MODULE:
    'Standardavtalsklausulerna för överföringen till {{destination}} anger inte vilken modul som används. Ange ' +
    'den modul som motsvarar rollerna: 1 personuppgiftsansvarig till personuppgiftsansvarig, 2 ' +
    'personuppgiftsansvarig till personuppgiftsbiträde, 3 personuppgiftsbiträde till personuppgiftsbiträde, 4 ' +
    'personuppgiftsbiträde till personuppgiftsansvarig.',
  SCC_NO_TIA:
    'Ingen bedömning av överföringens konsekvenser har angetts för överföringen till {{destination}} enligt ' +
    'standardavtalsklausuler. Bedöm om lagstiftning och praxis i mottagarlandet gör det möjligt för ' +
    'dataimportören att följa klausulerna, lägg vid behov till kompletterande åtgärder och markera bedömningen ' +
    'som genomförd.',
  DEROGATION_49_1_2_UNDOCUMENTED:
    'Överföringen till {{destination}} bygger på tvingande berättigade intressen (artikel 49.1 andra stycket), ' +
    'men bedömningen och de lämpliga skyddsåtgärderna är inte dokumenterade. Enligt artikel 49.6 ska de framgå ' +
    'av registret: beskriv dem under överföringens skyddsåtgärder.',
  DEROGATION_REGULAR:
    'Överföringen till {{destination}} bygger på undantaget ”{{derogation}}” ({{derogationArticle}}). Undantagen ' +
    'är avsedda för tillfälliga överföringar, och eftersom behandlingen är aktiv antas dess överföringar vara ' +
    'regelbundna. Använd ett beslut om adekvat skyddsnivå eller skyddsåtgärder som standardavtalsklausuler, om ' +
    'inte överföringarna verkligen är tillfälliga.',
  TRANSFER_NOT_RECORDED:
    '{{party}} tar emot uppgifter och finns i {{country}}, utanför EU/EES, men ingen överföring dit har ' +
    'angetts. Lägg till överföringen med dess grund, eller rätta partens land.',
  SPECIAL_NO_CONDITION:
    '”{{category}}” är en särskild kategori av personuppgifter ({{kind}}), men inget ändamål med denna ' +
    'behandling anger ett undantag enligt artikel 9.2. Behandlingen är förbjuden om inte ett sådant undantag ' +
    'är tillämpligt: välj undantaget för det ändamål som använder uppgifterna.',
  CRIMINAL_NO_BASIS:
    '”{{category}}” är uppgifter om fällande domar i brottmål och överträdelser, men inget ändamål med denna ' +
    'behandling anger stödet för att behandla dem. Ange den lag som tillåter behandlingen eller den myndighet ' +
    'under vars kontroll den utförs (artikel 10).',
  NATIONAL_ID:
    '”{{category}}” är ett nationellt identifikationsnummer. Nationell rätt kan ställa villkor för hur det får ' +
    'användas (artikel 87): kontrollera reglerna i de berörda länderna och anteckna hur de uppfylls.',
  LEGAL_BASIS_MISSING:
    'Ändamålet ”{{purpose}}” saknar rättslig grund. Välj den rättsliga grund enligt artikel 6.1 som ' +
    'behandlingen bygger på.',
  LEGITIMATE_INTEREST_MISSING:
    'Ändamålet ”{{purpose}}” bygger på berättigade intressen, men det intresse som eftersträvas anges inte. ' +
    'Beskriv intresset och spara intresseavvägningen där det vägs mot de registrerades rättigheter.',
  LEGITIMATE_INTEREST_ASSESSMENT_MISSING:
    'Ändamålet ”{{purpose}}” bygger på berättigade intressen, men registret anger inte var intresseavvägningen ' +
    'finns dokumenterad. Enligt artikel 6.1 f ska intresset vägas mot de registrerades rättigheter (skäl 47), ' +
    'och den personuppgiftsansvarige ska kunna visa att det har gjorts (artikel 5.2): ange var ' +
    'intresseavvägningen förvaras.',
  CONDITION_REFERENCE_MISSING:
    'Ändamålet ”{{purpose}}” bygger på ett villkor som kräver stöd i unionsrätten eller i nationell rätt ' +
    '(artikel 9.2 b, g–j eller artikel 10), men bestämmelsen anges inte. Ange den lag och paragraf som ' +
    'behandlingen stöder sig på, till exempel inom arbetsrätt eller hälso- och sjukvård.',
  DPIA_NOT_COMPLETED:
    'Förhandsbedömningen av denna behandling visar följande: {{reasons}}. En konsekvensbedömning avseende ' +
    'dataskydd krävs därför sannolikt, men ingen har angetts som genomförd. Genomför konsekvensbedömningen och ' +
    'markera den som genomförd eller, om slutsatsen är att ingen behövs, markera den som inte krävd och hänvisa ' +
    'till den dokumenterade motiveringen.',
  REVIEW_OVERDUE:
    'Granskningen av denna behandling skulle ha gjorts senast {{due}}. Kontrollera att uppgifterna fortfarande ' +
    'stämmer, registrera sedan granskningen och ange datum för nästa granskning.',
}
