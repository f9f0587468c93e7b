import type { portfolioMessages } from '../portfolio'
import type { Translation } from '../translation'

export const portfolioFr: Translation<typeof portfolioMessages> = {
  title: 'Portefeuille',
  intro:
    'Chaque organisme de cet espace de travail avec la complétude de son registre, ses constats ouverts et ses revues en retard.',
  empty: 'Aucun organisme pour l’instant.',
  organisation: 'Organisme',
  activities: 'Activités',
  completeness: 'Complétude',
  errors: 'Erreurs',
  warnings: 'Avertissements',
  overdueReviews: 'Revues en retard',
  notApplicable: 'Aucune activité en cours',
  sortBy: 'Trier par {{column}}',
  settings: {
    title: 'Dérogation de l’article 30, paragraphe 5',
    intro:
      'Les organismes employant moins de personnes que ce seuil peuvent être dispensés de tenir le registre, sauf si le traitement est susceptible de comporter un risque, n’est pas occasionnel ou porte sur des catégories particulières de données ou des données relatives aux condamnations pénales et aux infractions. Les vérifications le signalent pour information. Ce réglage vaut pour tous les organismes de l’espace de travail.',
    threshold: 'Seuil d’effectif',
    saved: 'Seuil enregistré',
  },
}
