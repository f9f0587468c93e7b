/**
 * The contact block many registers put above their table (the ICO template's controller, DPO and
 * representative with name, address, email and telephone): read as a matrix (roles down, details across)
 * or as label–value lines, in any of the six languages.
 */
import { fold } from './text'

export type ContactRole = 'controller' | 'dpo' | 'representative'
export type ContactDetail = 'name' | 'address' | 'email' | 'phone'

export interface ContactDetails {
  name: string | null
  address: string | null
  email: string | null
  phone: string | null
}

export type ContactBlock = Record<ContactRole, ContactDetails>

const ROLE_WORDS: [ContactRole, string[]][] = [
  [
    'controller',
    [
      'controller',
      'data controller',
      'name of controller',
      'controller name',
      'organisation',
      'organisation name',
      'organization',
      'organization name',
      'company',
      'company name',
      'responsable du traitement',
      'organisme',
      'nom de l organisme',
      'raison sociale',
      'nom sigle',
      'verantwortlicher',
      'verantwortliche stelle',
      'name des verantwortlichen',
      'unternehmen',
      'rekisterinpitaja',
      'organisaatio',
      'yritys',
      'personuppgiftsansvarig',
      'foretag',
      'dataansvarlig',
      'virksomhed',
    ],
  ],
  [
    'dpo',
    [
      'data protection officer',
      'dpo',
      'dpd',
      'delegue a la protection des donnees',
      'datenschutzbeauftragter',
      'datenschutzbeauftragte',
      'tietosuojavastaava',
      'dataskyddsombud',
      'databeskyttelsesradgiver',
    ],
  ],
  [
    'representative',
    [
      'representative',
      'eu representative',
      'representant',
      'vertreter',
      'edustaja',
      'foretradare',
      'repraesentant',
      'reprasentant',
    ],
  ],
]

const DETAIL_WORDS: [ContactDetail, string[]][] = [
  ['name', ['name', 'nom', 'nimi', 'namn', 'navn', 'nom et prenom']],
  ['address', ['address', 'postal address', 'adresse', 'osoite', 'adress', 'anschrift', 'postadresse']],
  [
    'email',
    ['email', 'e mail', 'email address', 'courriel', 'adresse electronique', 'sahkoposti', 'e post', 'mail'],
  ],
  [
    'phone',
    [
      'telephone',
      'phone',
      'tel',
      'telephone number',
      'phone number',
      'telefon',
      'puhelin',
      'puhelinnumero',
      'telefonnummer',
      'telefonnr',
    ],
  ],
]

function lookup<K extends string>(table: [K, string[]][], text: string): K | null {
  const folded = fold(text)
  if (folded === '') return null
  for (const [key, words] of table) if (words.includes(folded)) return key
  return null
}

/** A label naming a role and a detail at once: "DPO email", "Nom du DPO", "Email of the representative". */
function compound(text: string): { role: ContactRole; detail: ContactDetail } | null {
  const folded = ` ${fold(text)} `
  if (folded.trim().split(' ').length > 8) return null
  let role: ContactRole | null = null
  let detail: ContactDetail | null = null
  for (const [key, words] of ROLE_WORDS) if (words.some((w) => folded.includes(` ${w} `))) role ??= key
  for (const [key, words] of DETAIL_WORDS) if (words.some((w) => folded.includes(` ${w} `))) detail ??= key
  return role && detail ? { role, detail } : null
}

const empty = (): ContactDetails => ({ name: null, address: null, email: null, phone: null })

/** Non-empty cells of a row with their column. */
const cellsOf = (row: (string | null)[]) =>
  row.flatMap((value, column) =>
    value === null || value.trim() === '' ? [] : [{ column, value: value.trim() }],
  )

/** Reads the contact block from the given rows (those above the header row); null when there is none. */
export function readContactBlock(rows: (string | null)[][]): ContactBlock | null {
  const block: ContactBlock = { controller: empty(), dpo: empty(), representative: empty() }
  let found = false
  const set = (role: ContactRole, detail: ContactDetail, value: string) => {
    if (value.length > 1000 || block[role][detail] !== null) return
    block[role][detail] = value
    found = true
  }
  let details: Map<number, ContactDetail> | null = null
  let section: ContactRole = 'controller'
  for (const row of rows) {
    const cells = cellsOf(row)
    if (cells.length === 0) continue
    // A row of detail labels ("Name | Address | Email | Telephone") starts a matrix.
    const labels = cells.map((c) => ({ ...c, detail: lookup(DETAIL_WORDS, c.value) }))
    if (labels.filter((l) => l.detail !== null).length >= 2) {
      details = new Map(
        labels.filter((l) => l.detail !== null).map((l) => [l.column, l.detail as ContactDetail]),
      )
      continue
    }
    const first = cells[0]
    const role = lookup(ROLE_WORDS, first.value)
    if (details && role) {
      for (const c of cells.slice(1)) {
        const detail = details.get(c.column)
        if (detail) set(role, detail, c.value)
      }
      continue
    }
    details = null
    if (role && cells.length === 1) {
      section = role
      continue
    }
    if (role && cells.length >= 2) {
      set(role, 'name', cells[1].value)
      section = role
      continue
    }
    const both = compound(first.value)
    if (both && cells.length >= 2) {
      set(both.role, both.detail, cells[1].value)
      continue
    }
    const detail = lookup(DETAIL_WORDS, first.value)
    if (detail && cells.length >= 2) set(section, detail, cells[1].value)
  }
  return found ? block : null
}
