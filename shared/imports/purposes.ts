/**
 * An imported row's purposes and their bases: the purposes column gives one purpose per line; the lawful
 * bases and Art. 9(2) conditions are paired to purposes by "Purpose: basis" lines or, failing that, by
 * order; the other fields of a purpose (the interest pursued, the Art. 10 basis…) go to the purposes they
 * apply to, as the registry says (shared/fields/items.ts).
 */
import { isList } from '../fields/define'
import { maxTextLength } from '../fields/limits'
import { ACTIVITY_FIELD_MAP } from '../fields/activity'
import { emptyPurpose, type Purpose } from '../schemas/activity'
import type { LegalBasis, Role, SpecialCategoryCondition } from '../schemas/codes'
import type { RowReader } from './row'
import { fold, splitList } from './text'
import { parseConditions, parseLegalBases, parseYesNo, saysNoTransfer } from './values'

/** "Description: value" lines paired to a purpose by its description; the rest stay unpaired. */
function pairLines(lines: string[], purposes: string[]): { paired: Map<number, string>; rest: string[] } {
  const paired = new Map<number, string>()
  const rest: string[] = []
  const folded = purposes.map(fold)
  for (const line of lines) {
    const colon = line.indexOf(':')
    const index = colon > 0 ? folded.indexOf(fold(line.slice(0, colon))) : -1
    if (index >= 0 && !paired.has(index)) paired.set(index, line.slice(colon + 1).trim())
    else rest.push(line)
  }
  return { paired, rest }
}

const BASIS_WORDS = 'consent, contract, legal obligation, vital interests, public task, legitimate interests'

function readBases(row: RowReader, purposes: Purpose[], ensurePurpose: () => void): void {
  const basisCell = row.cell('legalBasis')
  if (!basisCell || saysNoTransfer(basisCell.value)) return
  ensurePurpose()
  const { paired, rest } = pairLines(
    splitList(basisCell.value),
    purposes.map((p) => p.description),
  )
  for (const [index, line] of paired) {
    const code = parseLegalBases(line)[0]
    if (code) purposes[index].legalBasis = code
    else
      row.report(basisCell.at, `“${line}” is not an Art. 6(1) lawful basis ROPA can read (${BASIS_WORDS}).`)
  }
  const loose: LegalBasis[] = []
  for (const line of rest) {
    const codes = parseLegalBases(line)
    if (codes.length === 0)
      row.report(basisCell.at, `“${line}” is not an Art. 6(1) lawful basis ROPA can read (${BASIS_WORDS}).`)
    for (const code of codes) if (!loose.includes(code)) loose.push(code)
  }
  const open = purposes.map((_, i) => i).filter((i) => purposes[i].legalBasis === null)
  if (loose.length === 0 || open.length === 0) return
  if (loose.length === open.length) open.forEach((i, k) => (purposes[i].legalBasis = loose[k]))
  else if (loose.length === 1) for (const i of open) purposes[i].legalBasis = loose[0]
  else if (open.length === 1) {
    // One purpose on several bases: one purpose line per basis, as the register keeps one basis each.
    const [i] = open
    purposes[i].legalBasis = loose[0]
    for (const code of loose.slice(1)) purposes.push({ ...purposes[i], legalBasis: code })
  } else {
    for (const i of open) purposes[i].legalBasis = loose[0]
    row.report(
      basisCell.at,
      `The row has ${open.length} purposes and ${loose.length} lawful bases, so ROPA cannot tell which goes with which; every purpose was given the first one. Check the purposes of this activity.`,
      'warning',
    )
  }
}

function readConditions(row: RowReader, purposes: Purpose[], ensurePurpose: () => void): void {
  const conditionCell = row.cell('specialCategoryCondition')
  if (!conditionCell || saysNoTransfer(conditionCell.value) || parseYesNo(conditionCell.value) === false)
    return
  ensurePurpose()
  const { paired, rest } = pairLines(
    splitList(conditionCell.value),
    purposes.map((p) => p.description),
  )
  for (const [index, line] of paired) {
    const code = parseConditions(line)[0]
    if (code) purposes[index].specialCategoryCondition = code
    else row.report(conditionCell.at, `“${line}” is not an Art. 9(2) condition ROPA can read.`)
  }
  const loose: SpecialCategoryCondition[] = []
  for (const line of rest) {
    const codes = parseConditions(line)
    if (codes.length === 0)
      row.report(
        conditionCell.at,
        `“${line}” is not an Art. 9(2) condition ROPA can read (for example “explicit consent” or “9(2)(b)”).`,
      )
    loose.push(...codes.filter((c) => !loose.includes(c)))
  }
  if (loose.length > 0)
    purposes.forEach((p, i) => (p.specialCategoryCondition ??= loose[Math.min(i, loose.length - 1)]))
}

const purposeList = ACTIVITY_FIELD_MAP.purposes
/** A purpose's text fields a column fills as they are, with the purposes each applies to. */
const TEXT_FIELDS = isList(purposeList)
  ? purposeList.item.fields.flatMap((field) =>
      (field.import ?? []).filter((spec) => spec.read === 'text').map((spec) => ({ field, spec })),
    )
  : []

/**
 * The purposes of one row, one per line of its purposes column (`texts`). `name` stands in for the purpose when the row names none but gives a basis; a
 * processor record has no basis of its own (the controller decides it).
 */
export function readPurposes(row: RowReader, texts: readonly string[], name: string, role: Role): Purpose[] {
  const purposes = texts.map((text) => emptyPurpose(text))
  const ensurePurpose = () => {
    if (purposes.length === 0) purposes.push(emptyPurpose(name))
  }
  if (role !== 'processor') readBases(row, purposes, ensurePurpose)
  readConditions(row, purposes, ensurePurpose)
  for (const { field, spec } of TEXT_FIELDS) {
    const cell = row.cell(spec.field)
    if (!cell || saysNoTransfer(cell.value)) continue
    ensurePurpose()
    const value = row.fit(cell, maxTextLength(field.schema))
    const applies = field.editor?.shownWhen
    const targets = applies ? purposes.filter(applies) : purposes
    for (const p of targets.length > 0 ? targets : [purposes[0]])
      (p as Record<string, unknown>)[field.path] = value
  }
  return purposes
}
