/** Art. 30 points that must not be empty, per controller or processor record (definitions in content.ts). */
import {
  controllersMissing,
  dataCategoriesMissing,
  dataSubjectsMissing,
  jointControllersMissing,
  purposesMissing,
  recipientsMissing,
  securityMissing,
} from '../content'
import type { FindingCode } from '../codes'
import { onActivity, type ActivityRule } from '../rule'
import type { FindingDraft } from '../types'

export const art30Points: ActivityRule = ({ activity }) => {
  const found: FindingDraft[] = []
  const add = (missing: boolean, code: FindingCode, article: string, field: string) => {
    if (missing) found.push(onActivity(activity, code, article, field))
  }
  if (activity.role === 'processor') {
    add(controllersMissing(activity), 'PROCESSOR_NO_CONTROLLERS', '30(2)(a)', 'controllerIds')
    add(purposesMissing(activity), 'ART30_PROCESSING_MISSING', '30(2)(b)', 'purposes')
    add(securityMissing(activity), 'ART30_SECURITY_MISSING', '30(2)(d)', 'securityMeasureIds')
    return found
  }
  add(jointControllersMissing(activity), 'ART30_JOINT_CONTROLLERS_MISSING', '30(1)(a)', 'jointControllerIds')
  add(purposesMissing(activity), 'ART30_PURPOSES_MISSING', '30(1)(b)', 'purposes')
  add(dataSubjectsMissing(activity), 'ART30_DATA_SUBJECTS_MISSING', '30(1)(c)', 'dataSubjectCategoryIds')
  add(dataCategoriesMissing(activity), 'ART30_DATA_CATEGORIES_MISSING', '30(1)(c)', 'dataCategories')
  add(recipientsMissing(activity), 'ART30_RECIPIENTS_MISSING', '30(1)(d)', 'recipients')
  add(securityMissing(activity), 'ART30_SECURITY_MISSING', '30(1)(g)', 'securityMeasureIds')
  return found
}
