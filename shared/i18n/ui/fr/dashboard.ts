import type { dashboardMessages } from '../dashboard'
import type { Translation } from '../translation'

export const dashboardFr: Translation<typeof dashboardMessages> = {
  title: 'Tableau de bord',
  checkedOn: 'Vérifié le {{date}}',
  draftRegister: {
    title: 'Tout le registre est encore un brouillon',
    body_one:
      'La seule activité est un brouillon. Quand sa fiche est définitive, rendez-la active depuis le tableau des activités (Changer le statut).',
    body_other:
      'Les {{count}} activités sont toutes des brouillons. Quand leurs fiches sont définitives, choisissez-les dans le tableau des activités et rendez-les actives (Changer le statut).',
    action: 'Aller aux activités',
  },
  stats: {
    errors: 'Erreurs',
    warnings: 'Avertissements',
    info: 'Pour information',
    activities: 'Activités',
    completeness: 'Complétude',
  },
  completeness: {
    title: 'Complétude par point de l’article 30',
    intro: 'Combien d’activités en cours (brouillon ou active) renseignent chaque point du registre.',
    controllerRecord: 'Registre du responsable du traitement, article 30, paragraphe 1',
    processorRecord: 'Registre du sous-traitant, article 30, paragraphe 2',
    filled: '{{filled}} sur {{applicable}}',
    notApplicable: 'Sans objet',
    empty: 'Aucune activité en cours pour l’instant : ajoutez-en une pour voir où en est le registre.',
  },
  findings: {
    title: 'Constats',
    none: 'Aucun constat. Le registre satisfait à toutes les vérifications.',
    noneOfSeverity: 'Aucun.',
    organisation: 'Organisme',
    openActivity: 'Aller à {{reference}}',
    openProfile: 'Aller à la fiche de l’organisme',
  },
  transfers: {
    title: 'Transferts par destination',
    intro: 'Transferts inscrits dans les activités en cours, par pays ou organisation internationale.',
    none: 'Aucun transfert n’est inscrit.',
    chartLabel: 'Nombre de transferts par destination, colorés selon le statut de la destination',
    destination: 'Destination',
    status: 'Statut',
    transfers: 'Transferts',
    activities: 'Activités',
  },
  reviews: {
    title: 'Revues à faire',
    intro: 'Revues en retard ou à faire dans les {{days}} prochains jours.',
    none: 'Aucune revue n’est en retard ni à faire dans les {{days}} prochains jours.',
    reference: 'Référence',
    activity: 'Activité',
    due: 'Échéance',
    overdue_one: 'En retard de {{count}} jour',
    overdue_other: 'En retard de {{count}} jours',
    today: 'À faire aujourd’hui',
    inDays_one: 'Dans {{count}} jour',
    inDays_other: 'Dans {{count}} jours',
  },
}
