/**
 * Select options for the register's code lists, labelled in the UI language, with the article a DPO cites
 * where the law gives one ("Contract — Art. 6(1)(b)").
 */
import type { TFunction } from 'i18next'
import { citeArticleShort, citeMechanism } from '../../shared/i18n/labels'
import { legalBasisInfo } from '../../shared/reference/legal-bases'
import { mechanismInfo } from '../../shared/reference/mechanisms'
import { specialConditionInfo, specialKindInfo } from '../../shared/reference/special-categories'
import {
  DPIA_STATUSES,
  LANGUAGES,
  LEGAL_BASES,
  PARTY_KINDS,
  ROLES,
  SCC_MODULES,
  SECURITY_MEASURE_KINDS,
  SOURCE_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
  SPECIAL_KINDS,
  STATUSES,
  type LegalBasis,
  type Mechanism,
  type SpecialCategoryCondition,
  type SpecialKind,
} from '../../shared/schemas/codes'
import { uiLanguage } from '../i18n'

export interface Option {
  value: string
  label: string
}

const options = <C extends string | number>(codes: readonly C[], label: (code: C) => string): Option[] =>
  codes.map((code) => ({ value: String(code), label: label(code) }))

export const legalBasisLabel = (t: TFunction, code: LegalBasis) =>
  `${t(`labels.codes.legalBasis.${code}`)} — ${citeArticleShort(legalBasisInfo(code).article, uiLanguage())}`

export const conditionLabel = (t: TFunction, code: SpecialCategoryCondition) =>
  `${t(`labels.codes.specialCategoryCondition.${code}`)} — ${citeArticleShort(specialConditionInfo(code).article, uiLanguage())}`

export const specialKindLabel = (t: TFunction, kind: SpecialKind) => {
  const info = specialKindInfo(kind)
  return info
    ? `${t(`labels.codes.specialKind.${kind}`)} — ${citeArticleShort(info.article, uiLanguage())}`
    : t('labels.codes.specialKind.none')
}

/** "Standard contractual clauses (2021/914) — Art. 46(2)(c)"; ended mechanisms name the decisions behind them. */
export const mechanismLabel = (t: TFunction, code: Mechanism) => {
  const cite = citeMechanism(code, uiLanguage())
  return cite ? `${t(`labels.codes.mechanism.${code}`)} — ${cite}` : t(`labels.codes.mechanism.${code}`)
}

export const roleOptions = (t: TFunction) => options(ROLES, (c) => t(`labels.codes.role.${c}`))
export const statusOptions = (t: TFunction) => options(STATUSES, (c) => t(`labels.codes.status.${c}`))
export const legalBasisOptions = (t: TFunction) => options(LEGAL_BASES, (c) => legalBasisLabel(t, c))
export const conditionOptions = (t: TFunction) =>
  options(SPECIAL_CATEGORY_CONDITIONS, (c) => conditionLabel(t, c))
export const partyKindOptions = (t: TFunction) =>
  options(PARTY_KINDS, (c) => t(`labels.codes.partyKind.${c}`))
export const specialKindOptions = (t: TFunction) => options(SPECIAL_KINDS, (c) => specialKindLabel(t, c))
export const measureKindOptions = (t: TFunction) =>
  options(SECURITY_MEASURE_KINDS, (c) => t(`labels.codes.securityMeasureKind.${c}`))
export const sourceKindOptions = (t: TFunction) =>
  options(SOURCE_KINDS, (c) => t(`labels.codes.sourceKind.${c}`))
export const dpiaStatusOptions = (t: TFunction) =>
  options(DPIA_STATUSES, (c) => t(`labels.codes.dpiaStatus.${c}`))
// i18next's key types do not cover numeric keys, so the module's key is named by hand.
export const sccModuleOptions = (t: TFunction) =>
  options(SCC_MODULES, (c) => (t as unknown as (key: string) => string)(`labels.codes.sccModule.${c}`))
export const languageOptions = (t: TFunction) => options(LANGUAGES, (c) => t(`app.languages.${c}`))

/**
 * Mechanisms grouped as a DPO weighs them (adequacy, safeguards, derogations). `offered` comes from
 * `mechanismsFor`; a stored mechanism that is not offered (an ended one from an old register) stays listed so
 * the user sees what the record says.
 */
export function mechanismGroups(t: TFunction, offered: readonly Mechanism[], current: Mechanism | null) {
  const codes = current && !offered.includes(current) ? [...offered, current] : [...offered]
  const groups = new Map<string, Option[]>()
  for (const code of codes) {
    const group = t(`editor.transfers.mechanismGroup.${mechanismInfo(code).group}`)
    const list = groups.get(group) ?? []
    list.push({ value: code, label: mechanismLabel(t, code) })
    groups.set(group, list)
  }
  return [...groups].map(([group, items]) => ({ group, items }))
}
