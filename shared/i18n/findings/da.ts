/**
 * Danish finding messages, in the terms of the Danish GDPR (databeskyttelsesforordningen) and Datatilsynet's
 * guidance.
 */
import type { FindingMessages } from './en'

export const findingsDa: FindingMessages = {
  ART30_CONTACT_MISSING:
    'Der er ikke angivet kontaktoplysninger for {{organisation}}. Fortegnelsen skal indeholde organisationens ' +
    'navn og kontaktoplysninger: tilføj en adresse, en e-mailadresse eller et telefonnummer i organisationens ' +
    'profil.',
  REPRESENTATIVE_MISSING:
    'Organisationen er etableret i {{country}}, uden for EU/EØS, og der er ikke angivet nogen repræsentant i ' +
    'Unionen. En dataansvarlig eller databehandler, der ikke er etableret i Unionen, skal skriftligt udpege en ' +
    'repræsentant (artikel 27): tilføj repræsentantens navn og kontaktoplysninger i organisationens profil.',
  ART30_5_EXEMPTION_POSSIBLE:
    'Organisationen beskæftiger {{count}} personer, færre end {{threshold}}, og registrerer ingen særlige ' +
    'kategorier af personoplysninger eller oplysninger om straffedomme og lovovertrædelser, så undtagelsen i ' +
    'artikel 30, stk. 5, fra pligten til at føre denne fortegnelse kan finde anvendelse. Den gælder ikke, hvis ' +
    'en behandling sandsynligvis vil medføre en risiko for de registreredes rettigheder og frihedsrettigheder ' +
    'eller ikke er lejlighedsvis. Regelmæssig behandling, f.eks. af oplysninger om medarbejdere eller kunder, ' +
    'er ikke lejlighedsvis (Artikel 29-Gruppens holdningspapir), så i praksis skal de fleste organisationer ' +
    'alligevel føre fortegnelsen.',
  ART30_JOINT_CONTROLLERS_MISSING:
    'Dette er en behandlingsaktivitet med fælles dataansvar, men der er ikke angivet nogen fælles ' +
    'dataansvarlig. Tilføj de fælles dataansvarlige med deres kontaktoplysninger.',
  PROCESSOR_NO_CONTROLLERS:
    'Denne post i databehandlerens fortegnelse angiver ikke de dataansvarlige, på hvis vegne behandlingen ' +
    'foretages. Tilføj hver dataansvarlig (kunde) med kontaktoplysninger.',
  PARTY_CONTACT_MISSING:
    'Der er ikke angivet kontaktoplysninger for {{party}}, som er nævnt i denne behandlingsaktivitet. Fortegnelsen skal ' +
    'angive navn og kontaktoplysninger for hver fælles dataansvarlig og for hver dataansvarlig, som en ' +
    'databehandler handler på vegne af: tilføj en adresse eller en e-mailadresse til parten.',
  ART30_PURPOSES_MISSING:
    'Der er ikke angivet noget formål. Fortegnelsen skal angive formålene med behandlingen: tilføj mindst ét ' +
    'formål med dets behandlingsgrundlag.',
  ART30_PROCESSING_MISSING:
    'Der er ikke angivet nogen kategori af behandling. En databehandlers fortegnelse skal beskrive de ' +
    'kategorier af behandling, der foretages på vegne af hver dataansvarlig: tilføj mindst én.',
  ART30_DATA_SUBJECTS_MISSING:
    'Der er ikke angivet nogen kategori af registrerede. Angiv, hvis oplysninger der behandles, f.eks. ' +
    'medarbejderes eller kunders.',
  ART30_DATA_CATEGORIES_MISSING:
    'Der er ikke angivet nogen kategori af personoplysninger. Tilføj de kategorier af oplysninger, der ' +
    'behandles, f.eks. kontaktoplysninger.',
  ART30_RECIPIENTS_MISSING:
    'Der er ikke angivet nogen modtager. Angiv alle, som oplysningerne videregives til, herunder databehandlere ' +
    'og modtagere i tredjelande. Hvis oplysningerne reelt ikke videregives til nogen, så skriv det i ' +
    'bemærkningerne.',
  ART30_SECURITY_MISSING:
    'Der er ikke angivet nogen sikkerhedsforanstaltning. Beskriv så vidt muligt de tekniske og organisatoriske ' +
    'sikkerhedsforanstaltninger, der beskytter oplysningerne (artikel 32), f.eks. adgangskontrol eller ' +
    'kryptering.',
  RETENTION_MISSING:
    'Der er ikke angivet nogen tidsfrist for sletning af »{{category}}«. Angiv, hvornår oplysningerne slettes, ' +
    'f.eks. »6 år efter kontraktens ophør«, eller angiv en generel regel for opbevaring og sletning for ' +
    'behandlingsaktiviteten.',
  TRANSFER_NO_MECHANISM:
    'Der er ikke angivet noget overførselsgrundlag for overførslen til {{destination}}. {{destination}} ligger ' +
    'uden for EU/EØS, så overførslen kræver en tilstrækkelighedsafgørelse, der omfatter modtageren, fornødne ' +
    'garantier som f.eks. standardkontraktbestemmelser eller en undtagelse: angiv det grundlag, overførslen ' +
    'bygger på.',
  TRANSFER_NO_ADEQUACY:
    'Overførslen til {{destination}} bygger på en tilstrækkelighedsafgørelse, men der er ingen gældende ' +
    'tilstrækkelighedsafgørelse for {{destination}}. Vælg et andet grundlag, f.eks. ' +
    'standardkontraktbestemmelser.',
  TRANSFER_US_NOT_DPF:
    'Overførslen til {{party}} i {{destination}} bygger på tilstrækkelighedsafgørelsen for EU og USA, som kun ' +
    'omfatter organisationer, der er certificeret under EU-US Data Privacy Framework, og {{party}} er ikke ' +
    'markeret som certificeret. Tjek Data Privacy Framework-listen, og markér parten som certificeret, eller ' +
    'brug et andet grundlag som f.eks. standardkontraktbestemmelser.',
  DPF_CHECK_OLD:
    'Overførslen til {{party}} bygger på dens certificering under EU-US Data Privacy Framework, som sidst ' +
    'blev kontrolleret {{checkedOn}}. En certificering bortfalder, hvis den ikke fornyes hvert år: slå ' +
    '{{party}} op på Data Privacy Framework-listen igen, og angiv datoen.',
  DPF_NOT_CHECKED:
    'Overførslen til {{party}} bygger på dens certificering under EU-US Data Privacy Framework. Oplysningen ' +
    'stammer fra leverandørbiblioteket og er endnu ikke kontrolleret. Slå {{party}} op på Data Privacy ' +
    'Framework-listen, og angiv datoen for kontrollen.',
  TRANSFER_US_RECIPIENT_UNKNOWN:
    'Overførslen til {{destination}} bygger på tilstrækkelighedsafgørelsen for EU og USA, som kun omfatter ' +
    'organisationer, der er certificeret under EU-US Data Privacy Framework, men modtageren er ikke angivet. ' +
    'Angiv modtageren, og markér den som certificeret, eller brug et andet grundlag som f.eks. ' +
    'standardkontraktbestemmelser.',
  TRANSFER_ADEQUACY_SCOPE:
    'Tilstrækkelighedsafgørelsen for {{destination}} omfatter kun visse modtagere: {{scope}} Bekræft, at ' +
    'modtageren er omfattet, eller brug et andet grundlag.',
  MECHANISM_INVALID:
    'Overførslen til {{destination}} bygger på »{{mechanism}}«, som ikke har kunnet anvendes siden {{endedOn}}. ' +
    'Vælg et gyldigt grundlag, f.eks. standardkontraktbestemmelserne i gennemførelsesafgørelse (EU) 2021/914 ' +
    'eller, for en modtager i USA, der er certificeret under Data Privacy Framework, tilstrækkelighedsafgørelsen.',
  SCC_NO_MODULE:
    'Standardkontraktbestemmelserne for overførslen til {{destination}} angiver ikke, hvilket modul der ' +
    'anvendes. Angiv det modul, der svarer til rollerne: 1 dataansvarlig til dataansvarlig, 2 dataansvarlig til ' +
    'databehandler, 3 databehandler til databehandler, 4 databehandler til dataansvarlig.',
  SCC_NO_TIA:
    'Der er ikke angivet nogen vurdering af overførslens virkninger (TIA) for overførslen til {{destination}} ' +
    'på grundlag af standardkontraktbestemmelser. Vurdér, om lovgivning og praksis i modtagerlandet gør det ' +
    'muligt for dataimportøren at overholde bestemmelserne, tilføj om nødvendigt supplerende foranstaltninger, ' +
    'og markér vurderingen som gennemført.',
  DEROGATION_49_1_2_UNDOCUMENTED:
    'Overførslen til {{destination}} bygger på vægtige legitime interesser (artikel 49, stk. 1, andet afsnit), ' +
    'men vurderingen og de passende garantier er ikke dokumenteret. Efter artikel 49, stk. 6, skal de fremgå ' +
    'af fortegnelsen: beskriv dem under overførslens garantier.',
  DEROGATION_REGULAR:
    'Overførslen til {{destination}} bygger på undtagelsen »{{derogation}}« ({{derogationArticle}}). ' +
    'Undtagelserne er beregnet til lejlighedsvise overførsler, og da denne behandlingsaktivitet er aktiv, ' +
    'formodes dens overførsler at være regelmæssige. Brug en tilstrækkelighedsafgørelse eller garantier som ' +
    'f.eks. standardkontraktbestemmelser, medmindre overførslerne reelt er lejlighedsvise.',
  TRANSFER_NOT_RECORDED:
    '{{party}} modtager oplysninger og er placeret i {{country}}, uden for EU/EØS, men der er ikke angivet ' +
    'nogen overførsel dertil. Tilføj overførslen med dens grundlag, eller ret partens land.',
  SPECIAL_NO_CONDITION:
    '»{{category}}« er en særlig kategori af personoplysninger ({{kind}}), men intet formål med denne ' +
    'behandlingsaktivitet angiver et grundlag efter artikel 9, stk. 2. Behandlingen er forbudt, medmindre et ' +
    'sådant grundlag finder anvendelse: vælg grundlaget ved det formål, der anvender oplysningerne.',
  CRIMINAL_NO_BASIS:
    '»{{category}}« er oplysninger om straffedomme og lovovertrædelser, men intet formål med denne ' +
    'behandlingsaktivitet angiver grundlaget for at behandle dem. Angiv den lov, der tillader behandlingen, ' +
    'eller den offentlige myndighed, under hvis kontrol den foretages (artikel 10).',
  NATIONAL_ID:
    '»{{category}}« er et nationalt identifikationsnummer. National ret kan fastsætte betingelser for brugen ' +
    'af det (artikel 87): tjek reglerne i de berørte lande, og notér, hvordan de er opfyldt.',
  LEGAL_BASIS_MISSING:
    'Formålet »{{purpose}}« har intet behandlingsgrundlag. Vælg det grundlag i artikel 6, stk. 1, som ' +
    'behandlingen bygger på.',
  LEGITIMATE_INTEREST_MISSING:
    'Formålet »{{purpose}}« bygger på legitime interesser, men den forfulgte interesse er ikke angivet. ' +
    'Beskriv interessen, og gem interesseafvejningen, der vejer den op mod de registreredes rettigheder.',
  LEGITIMATE_INTEREST_ASSESSMENT_MISSING:
    'Formålet »{{purpose}}« bygger på legitime interesser, men fortegnelsen angiver ikke, hvor ' +
    'interesseafvejningen er dokumenteret. Efter artikel 6, stk. 1, litra f, skal interessen vejes op mod de ' +
    'registreredes rettigheder (betragtning 47), og den dataansvarlige skal kunne påvise, at det er sket ' +
    '(artikel 5, stk. 2): angiv, hvor interesseafvejningen opbevares.',
  CONDITION_REFERENCE_MISSING:
    'Formålet »{{purpose}}« bygger på en betingelse, der kræver hjemmel i EU-retten eller i national ret ' +
    '(artikel 9, stk. 2, litra b og g–j, eller artikel 10), men bestemmelsen er ikke angivet. Angiv den lov og ' +
    'paragraf, behandlingen bygger på, f.eks. inden for ansættelsesret eller sundhedsområdet.',
  DPIA_NOT_COMPLETED:
    'Screeningen af denne behandlingsaktivitet viser følgende: {{reasons}}. Derfor er en konsekvensanalyse ' +
    'vedrørende databeskyttelse sandsynligvis påkrævet, men der er ikke angivet nogen som gennemført. ' +
    'Gennemfør konsekvensanalysen, og markér den som gennemført eller, hvis I er nået frem til, at der ikke er ' +
    'behov for en, markér den som ikke påkrævet, og henvis til den dokumenterede begrundelse.',
  REVIEW_OVERDUE:
    'Gennemgangen af denne behandlingsaktivitet skulle være foretaget senest {{due}}. Kontrollér, at ' +
    'oplysningerne stadig er korrekte, registrér derefter gennemgangen, og fastsæt datoen for næste gennemgang.',
}
