/**
 * 30(1)(f): when each category of data is erased, by the activity or by the category's default. Also checked
 * on retired activities: their data may remain.
 */
import { categoriesWithoutRetention } from '../content'
import type { ActivityRule } from '../rule'

export const retention: ActivityRule = ({ activity, lookups }) => {
  if (activity.role === 'processor') return []
  return categoriesWithoutRetention(lookups, activity).map((index) => {
    const id = activity.dataCategories[index].dataCategoryId
    return {
      code: 'RETENTION_MISSING',
      article: '30(1)(f)',
      entity: 'dataCategory',
      entityId: id,
      field: `dataCategories.${index}.retention`,
      params: { category: lookups.dataCategories.get(id)?.name ?? id },
    }
  })
}
