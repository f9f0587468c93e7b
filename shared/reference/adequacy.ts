/**
 * Commission adequacy decisions (Art. 45; pre-GDPR decisions kept in force by Art. 45(9)),
 * gdpr-facts.md section 2.
 */
import { isEea, type CountryCode } from './countries'
import { ADEQUACY_URL, REFERENCE_AS_OF, type Confidence, type ReferenceList } from './source'

/** 'partial': only some recipients in the country are covered (a sector, a law's scope, a certification). */
export type AdequacyScope = 'full' | 'partial'

export interface AdequacyDecision {
  /** ISO code of the country or territory; null for an international organisation. */
  readonly countryCode: CountryCode | null
  /** English name of the country, territory or international organisation. */
  readonly name: string
  /** Other names a user may write for an international organisation. */
  readonly aliases?: readonly string[]
  readonly decision: string
  /** ISO date of adoption. */
  readonly adopted: string
  readonly scope: AdequacyScope
  /** Who is covered, in English, for the user to check the recipient against. */
  readonly scopeNote: string
  /** ISO date, inclusive, after which the decision no longer applies; null when open-ended. */
  readonly validUntil: string | null
  readonly note?: string
  readonly confidence: Confidence
}

export type TransferStatus = 'eea' | 'adequate' | 'adequate_partial' | 'third_country'

const FULL_SCOPE = 'No sectoral limit: any recipient in the country or territory.'

const full = (
  countryCode: CountryCode | null,
  name: string,
  decision: string,
  adopted: string,
  confidence: Confidence,
): AdequacyDecision => ({
  countryCode,
  name,
  decision,
  adopted,
  scope: 'full',
  scopeNote: FULL_SCOPE,
  validUntil: null,
  confidence,
})

export const ADEQUACY_DECISIONS: ReferenceList<AdequacyDecision> = {
  asOf: REFERENCE_AS_OF,
  source: ADEQUACY_URL,
  seeAlso: [
    'https://eur-lex.europa.eu/eli/dec_impl/2026/179/oj',
    'https://eur-lex.europa.eu/eli/C/2025/6610/oj',
  ],
  items: [
    {
      ...full('CH', 'Switzerland', 'Decision 2000/518/EC', '2000-07-26', 'S'),
      note: 'Switzerland is not in the EEA: it is a third country with an adequacy decision.',
    },
    {
      ...full('CA', 'Canada', 'Decision 2002/2/EC', '2001-12-20', 'V'),
      scope: 'partial',
      scopeNote:
        'Only recipients subject to the Personal Information Protection and Electronic Documents Act ' +
        '(PIPEDA), i.e. commercial organisations.',
    },
    full('AR', 'Argentina', 'Decision 2003/490/EC', '2003-06-30', 'S'),
    full('GG', 'Guernsey', 'Decision 2003/821/EC', '2003-11-21', 'S'),
    full('IM', 'Isle of Man', 'Decision 2004/411/EC', '2004-04-28', 'S'),
    full('JE', 'Jersey', 'Decision 2008/393/EC', '2008-05-08', 'S'),
    full('FO', 'Faroe Islands', 'Decision 2010/146/EU', '2010-03-05', 'S'),
    full('AD', 'Andorra', 'Decision 2010/625/EU', '2010-10-19', 'S'),
    full('IL', 'Israel', 'Decision 2011/61/EU', '2011-01-31', 'S'),
    full('UY', 'Uruguay', 'Decision 2012/484/EU', '2012-08-21', 'S'),
    full('NZ', 'New Zealand', 'Decision 2013/65/EU', '2012-12-19', 'S'),
    {
      ...full('JP', 'Japan', 'Implementing Decision (EU) 2019/419', '2019-01-23', 'S'),
      scope: 'partial',
      scopeNote:
        'Only private-sector recipients subject to the Act on the Protection of Personal Information ' +
        '(APPI), as supplemented by the Supplementary Rules.',
    },
    {
      ...full('GB', 'United Kingdom', 'Implementing Decision (EU) 2021/1772', '2021-06-28', 'V'),
      validUntil: '2031-12-27',
      note: 'Renewed on 2025-12-19; valid until 2031-12-27.',
    },
    {
      ...full('KR', 'Republic of Korea', 'Implementing Decision (EU) 2022/254', '2021-12-17', 'V'),
      scope: 'partial',
      scopeNote:
        'Only recipients subject to the Personal Information Protection Act (PIPA). Excluded: some credit ' +
        'information processed by entities supervised by the Financial Services Commission, and processing ' +
        'by religious organisations and political parties.',
    },
    {
      ...full(
        'US',
        'United States',
        'Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
        '2023-07-10',
        'V',
      ),
      scope: 'partial',
      scopeNote:
        'Only organisations certified under the EU-US Data Privacy Framework (DPF). Transfers to ' +
        'recipients that are not certified need another mechanism.',
      note: 'Upheld by the General Court in T-553/23 on 2025-09-03; appeal C-703/25 P pending.',
    },
    {
      ...full(
        null,
        'European Patent Organisation',
        'Implementing Decision (EU) 2025/1382',
        '2025-07-15',
        'V',
      ),
      aliases: ['European Patent Organization', 'European Patent Office', 'EPO'],
      scopeNote: 'The European Patent Organisation, an international organisation.',
      note: 'The first adequacy decision for an international organisation.',
    },
    {
      ...full('BR', 'Brazil', 'Implementing Decision (EU) 2026/179', '2026-01-26', 'V'),
      scopeNote: 'Controllers and processors subject to the General Data Protection Law (LGPD).',
    },
  ],
}

const byCountry = new Map(
  ADEQUACY_DECISIONS.items.flatMap((d) => (d.countryCode === null ? [] : [[d.countryCode, d] as const])),
)

const normalise = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

/** Today as an ISO date, for the default "in force on" day. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

/** The decision for a country or territory, in force or not; null when there is none. */
export function adequacyFor(countryCode: CountryCode): AdequacyDecision | null {
  return byCountry.get(countryCode) ?? null
}

/**
 * The decision for an international organisation written as free text (transfers record it by name),
 * matched on its name or a known alias ignoring case and diacritics; null when there is none.
 */
export function adequacyForInternationalOrganisation(name: string): AdequacyDecision | null {
  const key = normalise(name)
  return (
    ADEQUACY_DECISIONS.items.find(
      (d) => d.countryCode === null && [d.name, ...(d.aliases ?? [])].some((n) => normalise(n) === key),
    ) ?? null
  )
}

/** Whether a decision applies on a day: adopted by then and not past its end (GB ends 2031-12-27). */
export function isAdequacyInForce(decision: AdequacyDecision, on: string = todayIso()): boolean {
  return decision.adopted <= on && (decision.validUntil === null || on <= decision.validUntil)
}

/**
 * What a transfer to a country needs: nothing within the EEA, nothing beyond checking the recipient where
 * an adequacy decision applies (only covered recipients for 'adequate_partial'), otherwise a Chapter V
 * mechanism.
 */
export function transferStatus(countryCode: CountryCode, on: string = todayIso()): TransferStatus {
  if (isEea(countryCode)) return 'eea'
  const decision = adequacyFor(countryCode)
  if (decision === null || !isAdequacyInForce(decision, on)) return 'third_country'
  return decision.scope === 'full' ? 'adequate' : 'adequate_partial'
}
