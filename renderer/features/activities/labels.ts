import type { TFunction } from 'i18next'
import { LEGAL_BASES, ROLES, STATUSES } from '../../../shared/schemas/codes'

/** Select options for the code lists, labelled in the UI language. */
export const roleOptions = (t: TFunction) => ROLES.map((value) => ({ value, label: t(`labels.role.${value}`) }))
export const statusOptions = (t: TFunction) => STATUSES.map((value) => ({ value, label: t(`labels.status.${value}`) }))
export const legalBasisOptions = (t: TFunction) => LEGAL_BASES.map((value) => ({ value, label: t(`labels.legalBasis.${value}`) }))
