import type { TFunction } from 'i18next'
import { LEGAL_BASES, ROLES, STATUSES, type LegalBasis } from '../../../shared/schemas/codes'
import { citeArticleShort } from '../../../shared/i18n/labels'
import { legalBasisInfo } from '../../../shared/reference/legal-bases'

/** "Contract — Art. 6(1)(b)": the name a DPO knows and the article an authority cites. */
export const legalBasisLabel = (t: TFunction, code: LegalBasis) => `${t(`labels.codes.legalBasis.${code}`)} — ${citeArticleShort(legalBasisInfo(code).article, 'en')}`

/** Select options for the code lists, labelled in the UI language. */
export const roleOptions = (t: TFunction) => ROLES.map((value) => ({ value, label: t(`labels.codes.role.${value}`) }))
export const statusOptions = (t: TFunction) => STATUSES.map((value) => ({ value, label: t(`labels.codes.status.${value}`) }))
export const legalBasisOptions = (t: TFunction) => LEGAL_BASES.map((value) => ({ value, label: legalBasisLabel(t, value) }))
