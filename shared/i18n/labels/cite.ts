/**
 * Citing GDPR provisions and Commission decisions the way each language's legal texts and supervisory
 * authorities do: "Art. 6(1)(a) GDPR", "Art. 6 Abs. 1 lit. a DSGVO", "article 6, paragraphe 1, point a), du
 * RGPD", "tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta", "artikel 6.1 a i dataskyddsförordningen",
 * "databeskyttelsesforordningens artikel 6, stk. 1, litra a".
 *
 * A reference is an `ArticleRef` or a string in the register's English notation, optionally prefixed with
 * "Art." so the `article` fields of shared/reference parse as they are:
 *   '45'  '6(1)(a)'  '9(2)(h)'  '30(1)(e)'  '46(2)(c)'  '49(1)'  '49(1) second subparagraph'  'Art. 6(1)(f)'
 * The short form leaves out the regulation's name, for table columns under a heading that names it.
 */
import { mechanismInfo } from '../../reference/mechanisms'
import type { Language, Mechanism } from '../../schemas/codes'

export interface ArticleRef {
  readonly article: number
  readonly paragraph?: number
  /** 1-based number of the subparagraph within the paragraph (1 to 4). */
  readonly subparagraph?: number
  /** The lettered point, 'a' to 'z'. */
  readonly point?: string
}

export type ArticleRefInput = string | ArticleRef

export type CitationForm = 'long' | 'short'

const ORDINALS_EN = ['first', 'second', 'third', 'fourth'] as const

const REF_PATTERN = new RegExp(
  '^(?:art(?:icle)?\\.?\\s*)?(\\d+)(?:\\((\\d+)\\))?(?:\\(([a-z])\\))?' +
    `(?:,?\\s+(${ORDINALS_EN.join('|')})\\s+subparagraph)?$`,
  'i',
)

/** Reads the register's notation ('6(1)(a)', '49(1) second subparagraph'), so callers can pass strings. */
export function parseArticleRef(ref: string): ArticleRef {
  const match = REF_PATTERN.exec(ref.trim())
  if (match === null) throw new Error(`Not a GDPR article reference: "${ref}"`)
  const [, article, paragraph, point, ordinal] = match
  const subparagraph =
    ordinal === undefined
      ? undefined
      : ORDINALS_EN.indexOf(ordinal.toLowerCase() as (typeof ORDINALS_EN)[number]) + 1
  return {
    article: Number(article),
    ...(paragraph === undefined ? {} : { paragraph: Number(paragraph) }),
    ...(subparagraph === undefined ? {} : { subparagraph }),
    ...(point === undefined ? {} : { point: point.toLowerCase() }),
  }
}

const toRef = (input: ArticleRefInput): ArticleRef => {
  const ref = typeof input === 'string' ? parseArticleRef(input) : input
  const positive = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n > 0)
  if (!positive(ref.article) || !positive(ref.paragraph)) {
    throw new Error(`Bad article reference ${JSON.stringify(ref)}`)
  }
  if (ref.subparagraph !== undefined && !(ref.subparagraph >= 1 && ref.subparagraph <= ORDINALS_EN.length)) {
    throw new Error(`Subparagraph out of range in ${JSON.stringify(ref)}`)
  }
  if (ref.point !== undefined && !/^[a-z]$/.test(ref.point)) {
    throw new Error(`Bad point in ${JSON.stringify(ref)}`)
  }
  return ref
}

type Ordinals = readonly [string, string, string, string]

const ord = (ordinals: Ordinals, n: number) => ordinals[n - 1]

const FR_ORDINALS: Ordinals = ['premier', 'deuxième', 'troisième', 'quatrième']
const SV_ORDINALS: Ordinals = ['första', 'andra', 'tredje', 'fjärde']
const DA_ORDINALS: Ordinals = ['første', 'andet', 'tredje', 'fjerde']
const FI_ORDINALS: Ordinals = ['ensimmäinen', 'toinen', 'kolmas', 'neljäs']
const FI_ORDINALS_GENITIVE: Ordinals = ['ensimmäisen', 'toisen', 'kolmannen', 'neljännen']

interface Citer {
  readonly short: (r: ArticleRef) => string
  readonly long: (r: ArticleRef) => string
}

const en = (r: ArticleRef): string => {
  const paragraph = r.paragraph === undefined ? '' : `(${r.paragraph})`
  const point = r.point === undefined ? '' : `(${r.point})`
  if (r.subparagraph === undefined) return `Art. ${r.article}${paragraph}${point}`
  const sub = `Art. ${r.article}${paragraph} ${ord(ORDINALS_EN, r.subparagraph)} subparagraph`
  return r.point === undefined ? sub : `${sub}, point (${r.point})`
}

const de = (r: ArticleRef): string =>
  [
    `Art. ${r.article}`,
    r.paragraph === undefined ? null : `Abs. ${r.paragraph}`,
    r.subparagraph === undefined ? null : `UAbs. ${r.subparagraph}`,
    r.point === undefined ? null : `lit. ${r.point}`,
  ]
    .filter((part): part is string => part !== null)
    .join(' ')

const frParts = (r: ArticleRef): string[] =>
  [
    `article ${r.article}`,
    r.paragraph === undefined ? null : `paragraphe ${r.paragraph}`,
    r.subparagraph === undefined ? null : `${ord(FR_ORDINALS, r.subparagraph)} alinéa`,
    r.point === undefined ? null : `point ${r.point})`,
  ].filter((part): part is string => part !== null)

const sv = (r: ArticleRef): string =>
  `artikel ${r.article}${r.paragraph === undefined ? '' : `.${r.paragraph}`}` +
  (r.subparagraph === undefined ? '' : ` ${ord(SV_ORDINALS, r.subparagraph)} stycket`) +
  (r.point === undefined ? '' : ` ${r.point}`)

const da = (r: ArticleRef): string =>
  [
    `artikel ${r.article}`,
    r.paragraph === undefined ? null : `stk. ${r.paragraph}`,
    r.subparagraph === undefined ? null : `${ord(DA_ORDINALS, r.subparagraph)} afsnit`,
    r.point === undefined ? null : `litra ${r.point}`,
  ]
    .filter((part): part is string => part !== null)
    .join(', ')

/** Finnish chains genitives: all levels but the last are genitive ("6 artiklan 1 kohdan a alakohta"). */
const fi = (r: ArticleRef): string => {
  const levels: { nominative: string; genitive: string }[] = [
    { nominative: `${r.article} artikla`, genitive: `${r.article} artiklan` },
  ]
  if (r.paragraph !== undefined) {
    levels.push({ nominative: `${r.paragraph} kohta`, genitive: `${r.paragraph} kohdan` })
  }
  if (r.subparagraph !== undefined) {
    levels.push({
      nominative: `${ord(FI_ORDINALS, r.subparagraph)} alakohta`,
      genitive: `${ord(FI_ORDINALS_GENITIVE, r.subparagraph)} alakohdan`,
    })
  }
  if (r.point !== undefined) {
    levels.push({ nominative: `${r.point} alakohta`, genitive: `${r.point} alakohdan` })
  }
  return levels.map((level, i) => (i === levels.length - 1 ? level.nominative : level.genitive)).join(' ')
}

const CITERS: Readonly<Record<Language, Citer>> = {
  en: { short: en, long: (r) => `${en(r)} GDPR` },
  de: { short: de, long: (r) => `${de(r)} DSGVO` },
  fr: {
    short: (r) => frParts(r).join(', '),
    long: (r) => {
      const parts = frParts(r)
      return parts.length === 1 ? `${parts[0]} du RGPD` : `${parts.join(', ')}, du RGPD`
    },
  },
  fi: { short: fi, long: (r) => `tietosuoja-asetuksen ${fi(r)}` },
  sv: { short: sv, long: (r) => `${sv(r)} i dataskyddsförordningen` },
  da: { short: da, long: (r) => `databeskyttelsesforordningens ${da(r)}` },
}

/** A GDPR provision cited with the regulation's name, as the language's authorities write it in prose. */
export function citeArticle(ref: ArticleRefInput, lang: Language): string {
  return CITERS[lang].long(toRef(ref))
}

/** A GDPR provision without the regulation's name, for table columns and lists whose heading names it. */
export function citeArticleShort(ref: ArticleRefInput, lang: Language): string {
  return CITERS[lang].short(toRef(ref))
}

const DECISION_PATTERN = /^(Implementing )?Decision (\(EU\) )?(\d{4})\/(\d+)(?:\/(EC|EU))?(.*)$/

interface DecisionWords {
  /** Before the Lisbon Treaty (acts up to 2009) some languages used another word for a decision. */
  readonly decision: string
  readonly decisionPreLisbon: string
  readonly implementing: string
  readonly eu: string
  readonly ec: string
}

const decisionWords = (
  decision: string,
  decisionPreLisbon: string,
  implementing: string,
  eu: string,
  ec: string,
): DecisionWords => ({ decision, decisionPreLisbon, implementing, eu, ec })

const DECISION_WORDS: Readonly<Record<Language, DecisionWords>> = {
  en: decisionWords('Decision', 'Decision', 'Implementing Decision', 'EU', 'EC'),
  de: decisionWords('Beschluss', 'Entscheidung', 'Durchführungsbeschluss', 'EU', 'EG'),
  fr: decisionWords('décision', 'décision', 'décision d’exécution', 'UE', 'CE'),
  fi: decisionWords('päätös', 'päätös', 'täytäntöönpanopäätös', 'EU', 'EY'),
  sv: decisionWords('beslut', 'beslut', 'genomförandebeslut', 'EU', 'EG'),
  da: decisionWords('afgørelse', 'beslutning', 'gennemførelsesafgørelse', 'EU', 'EF'),
}

/**
 * A Commission decision as written in shared/reference ("Decision 2000/520/EC", "Implementing Decision (EU)
 * 2019/419") in the language's own words and abbreviations ("Entscheidung 2000/520/EG", "décision d’exécution
 * (UE) 2019/419"), so exports do not mix English into another language. Unrecognised text is returned as is.
 */
export function citeDecision(act: string, lang: Language): string {
  const match = DECISION_PATTERN.exec(act)
  if (match === null) return act
  const [, implementing, newStyle, year, number, suffix, rest] = match
  const words = DECISION_WORDS[lang]
  const word =
    implementing !== undefined
      ? words.implementing
      : Number(year) < 2010
        ? words.decisionPreLisbon
        : words.decision
  const prefix = newStyle === undefined ? '' : `(${words.eu}) `
  const tail = suffix === undefined ? '' : `/${suffix === 'EC' ? words.ec : words.eu}`
  return `${word} ${prefix}${year}/${number}${tail}${rest}`
}

/**
 * Where a transfer mechanism comes from, in the language: the GDPR provision ("Art. 46 Abs. 2 lit. c"), or
 * for mechanisms that ended the Commission decisions behind them; empty for NONE.
 */
export function citeMechanism(code: Mechanism, lang: Language, form: CitationForm = 'short'): string {
  const info = mechanismInfo(code)
  if (info.ended !== null) return info.ended.acts.map((act) => citeDecision(act, lang)).join(', ')
  if (info.article === null) return ''
  return form === 'long' ? citeArticle(info.article, lang) : citeArticleShort(info.article, lang)
}
