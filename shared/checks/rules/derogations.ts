/**
 * Art. 49 derogations: the second subparagraph needs its assessment and safeguards in the record (49(6)), and
 * the points of 49(1) are for occasional transfers, so an active activity relying on one is presumed regular.
 */
import { citeArticleShort, labelsFor } from '../../i18n/labels'
import { mechanismInfo } from '../../reference/mechanisms'
import { undocumentedCompellingTransfers } from '../content'
import { destinationOf } from '../destination'
import { onActivity, type ActivityRule } from '../rule'
import { withoutNote } from '../text'
import type { FindingDraft } from '../types'

export const derogations: ActivityRule = ({ activity, today, language }) => {
  const found: FindingDraft[] = []
  for (const index of undocumentedCompellingTransfers(activity)) {
    const params = { destination: destinationOf(activity.transfers[index], today, language).name }
    const field = `transfers.${index}.safeguardDocumentation`
    found.push(onActivity(activity, 'DEROGATION_49_1_2_UNDOCUMENTED', '49(6)', field, params))
  }
  if (activity.status !== 'active') return found
  activity.transfers.forEach((transfer, index) => {
    const info = mechanismInfo(transfer.mechanism)
    if (info.group !== 'derogation' || info.mustDocumentInRecord) return
    const destination = destinationOf(transfer, today, language)
    if (destination.status === 'eea') return
    const params = {
      destination: destination.name,
      derogation: withoutNote(labelsFor(language).codes.mechanism[transfer.mechanism]),
      derogationArticle: info.article === null ? '' : citeArticleShort(info.article, language),
    }
    found.push(onActivity(activity, 'DEROGATION_REGULAR', '49(1)', `transfers.${index}.mechanism`, params))
  })
  return found
}
