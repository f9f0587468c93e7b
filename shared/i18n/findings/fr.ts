/**
 * French finding messages, in the terms of the French GDPR (RGPD) and the CNIL’s guidance. A destination is
 * given as "(destination : …)" because country names need an article in French ("vers les États-Unis") that
 * a placeholder cannot supply.
 */
import type { FindingMessages } from './en'

export const findingsFr: FindingMessages = {
  ART30_CONTACT_MISSING:
    'Aucune coordonnée n’est enregistrée pour {{organisation}}. Le registre doit indiquer le nom et les ' +
    'coordonnées de l’organisme : ajoutez une adresse postale, une adresse électronique ou un numéro de ' +
    'téléphone dans le profil de l’organisme.',
  REPRESENTATIVE_MISSING:
    'L’organisme est établi hors de l’UE/EEE ({{country}}) et aucun représentant dans l’Union n’est ' +
    'enregistré. Un responsable du traitement ou un sous-traitant qui n’est pas établi dans l’Union doit ' +
    'désigner par écrit un représentant (article 27 du RGPD) : ajoutez le nom et les coordonnées du ' +
    'représentant dans le profil de l’organisme.',
  ART30_5_EXEMPTION_POSSIBLE:
    'L’organisme emploie {{count}} personnes, soit moins de {{threshold}}, et n’enregistre ni catégories ' +
    'particulières de données ni données relatives aux condamnations pénales et aux infractions : la dérogation ' +
    'à la tenue du registre prévue à l’article 30, paragraphe 5, du RGPD pourrait donc s’appliquer. Elle ne ' +
    's’applique pas si un traitement est susceptible de comporter un risque pour les droits et libertés des ' +
    'personnes concernées ou s’il n’est pas occasionnel. Un traitement régulier, comme celui des données des ' +
    'salariés ou des clients, n’est pas occasionnel (document de position du groupe de travail « Article 29 ») : ' +
    'en pratique, la plupart des organismes doivent donc tout de même tenir le registre.',
  ART30_JOINT_CONTROLLERS_MISSING:
    'Cette activité relève d’une responsabilité conjointe du traitement, mais aucun responsable conjoint du ' +
    'traitement n’est désigné. Ajoutez les responsables conjoints du traitement avec leurs coordonnées.',
  PROCESSOR_NO_CONTROLLERS:
    'Cette fiche du registre du sous-traitant ne désigne pas les responsables du traitement pour le compte ' +
    'desquels le traitement est effectué. Ajoutez chaque responsable du traitement (client) avec ses ' +
    'coordonnées.',
  PARTY_CONTACT_MISSING:
    'Aucune coordonnée n’est enregistrée pour {{party}}, désigné dans cette activité. Le registre doit indiquer ' +
    'le nom et les coordonnées de chaque responsable conjoint et de chaque responsable du traitement pour le ' +
    'compte duquel agit un sous-traitant : ajoutez une adresse postale ou une adresse électronique à ce tiers.',
  ART30_PURPOSES_MISSING:
    'Aucune finalité n’est enregistrée. Le registre doit indiquer les finalités du traitement : ajoutez au ' +
    'moins une finalité avec sa base légale.',
  ART30_PROCESSING_MISSING:
    'Aucune catégorie de traitements n’est enregistrée. Le registre d’un sous-traitant doit décrire les ' +
    'catégories de traitements effectués pour le compte de chaque responsable du traitement : ajoutez-en au ' +
    'moins une.',
  ART30_DATA_SUBJECTS_MISSING:
    'Aucune catégorie de personnes concernées n’est enregistrée. Indiquez à qui se rapportent les données ' +
    'traitées, par exemple aux salariés ou aux clients.',
  ART30_DATA_CATEGORIES_MISSING:
    'Aucune catégorie de données à caractère personnel n’est enregistrée. Ajoutez les catégories de données ' +
    'traitées, par exemple les coordonnées.',
  ART30_RECIPIENTS_MISSING:
    'Aucun destinataire n’est enregistré. Indiquez tous ceux à qui les données sont communiquées, y compris ' +
    'les sous-traitants et les destinataires établis dans des pays tiers. Si les données ne sont réellement ' +
    'communiquées à personne, indiquez-le dans les observations.',
  ART30_SECURITY_MISSING:
    'Aucune mesure de sécurité n’est enregistrée. Dans la mesure du possible, décrivez les mesures de sécurité ' +
    'techniques et organisationnelles qui protègent les données (article 32 du RGPD), par exemple le contrôle ' +
    'des accès ou le chiffrement.',
  RETENTION_MISSING:
    'Aucun délai d’effacement n’est enregistré pour « {{category}} ». Indiquez quand ces données sont effacées, ' +
    'par exemple « 6 ans après la fin du contrat », ou fixez une règle générale de conservation pour ' +
    'l’activité.',
  TRANSFER_NO_MECHANISM:
    'Aucun outil de transfert n’est enregistré pour le transfert (destination : {{destination}}). Cette ' +
    'destination se situe hors de l’UE/EEE : le transfert doit reposer sur une décision d’adéquation couvrant ' +
    'le destinataire, sur des garanties appropriées telles que des clauses contractuelles types, ou sur une ' +
    'dérogation. Enregistrez l’outil sur lequel il repose.',
  TRANSFER_NO_ADEQUACY:
    'Le transfert (destination : {{destination}}) repose sur une décision d’adéquation, mais aucune décision ' +
    'd’adéquation n’est en vigueur pour cette destination. Choisissez un autre outil de transfert, par exemple ' +
    'des clauses contractuelles types.',
  TRANSFER_US_NOT_DPF:
    'Le transfert vers {{party}} (destination : {{destination}}) repose sur la décision d’adéquation ' +
    'UE-États-Unis, qui ne couvre que les organisations certifiées au titre du cadre de protection des données ' +
    'UE-États-Unis (Data Privacy Framework), et aucune certification n’est indiquée pour {{party}}. Consultez ' +
    'la liste du Data Privacy Framework et indiquez la certification de l’organisme, ou utilisez un autre ' +
    'outil, tel que des clauses contractuelles types.',
  DPF_CHECK_OLD:
    'Le transfert vers {{party}} repose sur sa certification au titre du cadre de protection des données ' +
    'UE-États-Unis (Data Privacy Framework), vérifiée pour la dernière fois le {{checkedOn}}. Une ' +
    'certification non renouvelée chaque année prend fin : consultez à nouveau la liste du Data Privacy ' +
    'Framework pour {{party}} et indiquez la date.',
  DPF_NOT_CHECKED:
    'Le transfert vers {{party}} repose sur sa certification au titre du cadre de protection des données ' +
    'UE-États-Unis (Data Privacy Framework). Cette information provient de la bibliothèque de fournisseurs ' +
    'et n’a pas encore été vérifiée. Consultez la liste du Data Privacy Framework pour {{party}} et ' +
    'indiquez la date de vérification.',
  TRANSFER_US_RECIPIENT_UNKNOWN:
    'Le transfert (destination : {{destination}}) repose sur la décision d’adéquation UE-États-Unis, qui ne ' +
    'couvre que les organisations certifiées au titre du cadre de protection des données UE-États-Unis (Data ' +
    'Privacy Framework), mais le destinataire n’est pas désigné. Désignez le destinataire et indiquez sa ' +
    'certification, ou utilisez un autre outil, tel que des clauses contractuelles types.',
  TRANSFER_ADEQUACY_SCOPE:
    'La décision d’adéquation (destination : {{destination}}) ne couvre que certains destinataires : {{scope}} ' +
    'Vérifiez que le destinataire est couvert, ou utilisez un autre outil de transfert.',
  MECHANISM_INVALID:
    'Le transfert (destination : {{destination}}) repose sur l’outil « {{mechanism}} », qui ne peut plus être ' +
    'utilisé depuis le {{endedOn}}. Choisissez un outil valable, par exemple les clauses contractuelles types ' +
    'de la décision d’exécution (UE) 2021/914 ou, pour un destinataire établi aux États-Unis et certifié au ' +
    'titre du Data Privacy Framework, la décision d’adéquation.',
  SCC_NO_MODULE:
    'Les clauses contractuelles types du transfert (destination : {{destination}}) n’indiquent pas le module ' +
    'utilisé. Enregistrez le module qui correspond aux rôles : 1 responsable du traitement à responsable du ' +
    'traitement, 2 responsable du traitement à sous-traitant, 3 sous-traitant à sous-traitant, 4 sous-traitant ' +
    'à responsable du traitement.',
  SCC_NO_TIA:
    'Aucune analyse d’impact des transferts de données (AITD) n’est enregistrée pour le transfert ' +
    '(destination : {{destination}}) fondé sur des clauses contractuelles types. Évaluez si la législation et ' +
    'les pratiques du pays de destination permettent à l’importateur de données de respecter les clauses, ' +
    'ajoutez si nécessaire des mesures supplémentaires et indiquez que l’analyse a été réalisée.',
  DEROGATION_49_1_2_UNDOCUMENTED:
    'Le transfert (destination : {{destination}}) repose sur des intérêts légitimes impérieux (article 49, ' +
    'paragraphe 1, deuxième alinéa, du RGPD), mais l’évaluation et les garanties appropriées ne sont pas ' +
    'documentées. L’article 49, paragraphe 6, du RGPD exige qu’elles figurent dans le registre : décrivez-les ' +
    'dans les garanties du transfert.',
  DEROGATION_REGULAR:
    'Le transfert (destination : {{destination}}) repose sur la dérogation « {{derogation}} » ' +
    '({{derogationArticle}}). Les dérogations sont réservées aux transferts occasionnels ; cette activité étant ' +
    'active, ses transferts sont présumés réguliers. Utilisez une décision d’adéquation ou des garanties telles ' +
    'que des clauses contractuelles types, sauf si les transferts sont réellement occasionnels.',
  TRANSFER_NOT_RECORDED:
    '{{party}} reçoit des données et se situe hors de l’UE/EEE ({{country}}), mais aucun transfert vers cet ' +
    'organisme n’est enregistré. Ajoutez le transfert avec son outil de transfert, ou corrigez le pays de ' +
    'l’organisme.',
  SPECIAL_NO_CONDITION:
    'La catégorie « {{category}} » relève des catégories particulières de données ({{kind}}), mais aucune ' +
    'finalité de cette activité n’indique d’exception prévue à l’article 9, paragraphe 2, du RGPD. Le ' +
    'traitement de ces données est interdit sauf si une exception s’applique : choisissez l’exception sur la finalité qui ' +
    'utilise ces données.',
  CRIMINAL_NO_BASIS:
    'La catégorie « {{category}} » contient des données relatives aux condamnations pénales et aux ' +
    'infractions, mais aucune finalité de cette activité n’indique le fondement de leur traitement. Indiquez ' +
    'la loi qui l’autorise ou l’autorité publique sous le contrôle de laquelle il est effectué (article 10 du ' +
    'RGPD).',
  NATIONAL_ID:
    'La catégorie « {{category}} » est un numéro d’identification national. Le droit national peut fixer des ' +
    'conditions à son utilisation (article 87 du RGPD) : vérifiez les règles des pays concernés et indiquez ' +
    'comment elles sont respectées.',
  LEGAL_BASIS_MISSING:
    'La finalité « {{purpose}} » n’a pas de base légale. Choisissez la base légale de l’article 6, paragraphe ' +
    '1, du RGPD sur laquelle repose le traitement.',
  LEGITIMATE_INTEREST_MISSING:
    'La finalité « {{purpose}} » repose sur l’intérêt légitime, mais l’intérêt poursuivi n’est pas indiqué. ' +
    'Décrivez cet intérêt et conservez la mise en balance qui le confronte aux droits des personnes ' +
    'concernées.',
  LEGITIMATE_INTEREST_ASSESSMENT_MISSING:
    'La finalité « {{purpose}} » repose sur l’intérêt légitime, mais le registre n’indique pas où la mise en ' +
    'balance est documentée. L’article 6, paragraphe 1, point f), impose de mettre cet intérêt en balance avec ' +
    'les droits des personnes concernées (considérant 47), et le responsable du traitement doit pouvoir le ' +
    'démontrer (article 5, paragraphe 2) : indiquez où l’analyse de l’intérêt légitime est conservée.',
  CONDITION_REFERENCE_MISSING:
    'La finalité « {{purpose}} » repose sur une condition qui exige une base dans le droit de l’Union ou d’un ' +
    'État membre (article 9, paragraphe 2, points b) et g) à j), ou article 10 du RGPD), mais la disposition ' +
    'n’est pas indiquée. Indiquez la loi et l’article sur lesquels repose le traitement, par exemple en droit ' +
    'du travail ou de la santé.',
  DPIA_NOT_COMPLETED:
    'L’examen préalable de cette activité fait apparaître les éléments suivants : {{reasons}}. Une analyse ' +
    'd’impact relative à la protection des données (AIPD) est donc probablement requise, mais aucune n’est ' +
    'enregistrée comme réalisée. Réalisez l’AIPD et indiquez qu’elle est réalisée ou, si vous avez conclu ' +
    'qu’aucune n’est nécessaire, indiquez qu’elle n’est pas requise et faites référence au raisonnement ' +
    'documenté.',
  REVIEW_OVERDUE:
    'La revue de cette activité devait avoir lieu au plus tard le {{due}}. Vérifiez que la fiche est toujours ' +
    'exacte, puis enregistrez la revue et fixez la date de la prochaine revue.',
}
