/** Cutting a notice into sentences, list items, table rows and headings, in each language's way of writing. */
import { describe, expect, it } from 'vitest'
import { LEXICONS } from '../../../shared/notice-reader/lexicon'
import { detectLanguage } from '../../../shared/notice-reader/language'
import { segment } from '../../../shared/notice-reader/segments'
import type { Language } from '../../../shared/schemas/codes'

const pieces = (text: string, lang: Language) =>
  segment(text, LEXICONS[lang]).map((s) => [s.kind, text.slice(s.start, s.end)])

describe('sentences', () => {
  it.each([
    [
      'en',
      'We use providers, e.g. Stripe Inc. for payments. Data is kept for 6 years.',
      ['We use providers, e.g. Stripe Inc. for payments.', 'Data is kept for 6 years.'],
    ],
    [
      'de',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO, z. B. für Logfiles. Die Daten werden gelöscht.',
      ['Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO, z. B. für Logfiles.', 'Die Daten werden gelöscht.'],
    ],
    [
      'da',
      'Vi behandler oplysningerne, jf. artikel 6, stk. 1, litra b. Vi sletter dem efter 3 år.',
      ['Vi behandler oplysningerne, jf. artikel 6, stk. 1, litra b.', 'Vi sletter dem efter 3 år.'],
    ],
    [
      'fi',
      'Käytämme palveluntarjoajia, esim. Paytrail Oyj. Tiedot säilytetään 6 vuotta.',
      ['Käytämme palveluntarjoajia, esim. Paytrail Oyj.', 'Tiedot säilytetään 6 vuotta.'],
    ],
    [
      'sv',
      'Vi delar uppgifter med t.ex. Fortnox AB. Bokföring sparas i 7 år.',
      ['Vi delar uppgifter med t.ex. Fortnox AB.', 'Bokföring sparas i 7 år.'],
    ],
    [
      'fr',
      'Nos prestataires, cf. art. 28 du RGPD, sont listés ci-dessous. Les données sont conservées 3 ans.',
      [
        'Nos prestataires, cf. art. 28 du RGPD, sont listés ci-dessous.',
        'Les données sont conservées 3 ans.',
      ],
    ],
  ] as const)('%s: abbreviations do not end a sentence', (lang, text, expected) => {
    expect(pieces(text, lang).map(([, t]) => t)).toEqual(expected)
  })

  it('joins the hard-wrapped lines of a PDF into sentences', () => {
    const text =
      'Our web shop runs on Shopify, whose servers may be\nin Canada. Adyen N.V. processes payments.'
    expect(pieces(text, 'en')).toEqual([
      ['sentence', 'Our web shop runs on Shopify, whose servers may be\nin Canada.'],
      ['sentence', 'Adyen N.V. processes payments.'],
    ])
  })
})

describe('structure', () => {
  it('knows headings, numbered headings, list items and table rows', () => {
    const text = [
      'TIETOSUOJASELOSTE',
      '',
      '1. Rekisterinpitäjä',
      'Kahvila Kaneli Oy',
      'Hämeenkatu 10, 33100 Tampere',
      '',
      'What data we collect',
      '',
      '- Contact details: name, email address.',
      '1. To provide the service – performance of a contract (Art. 6(1)(b) GDPR).',
      '',
      'Purpose | Legal basis',
      'Orders | Contract',
    ].join('\n')
    const segments = segment(text, LEXICONS.en)
    expect(segments.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['heading', 'TIETOSUOJASELOSTE'],
      ['heading', '1. Rekisterinpitäjä'],
      ['sentence', 'Kahvila Kaneli Oy'],
      ['sentence', 'Hämeenkatu 10, 33100 Tampere'],
      ['heading', 'What data we collect'],
      ['item', 'Contact details: name, email address.'],
      ['item', 'To provide the service – performance of a contract (Art. 6(1)(b) GDPR).'],
      ['row', 'Purpose | Legal basis'],
      ['row', 'Orders | Contract'],
    ])
    const rows = segments.filter((s) => s.kind === 'row')
    expect(rows.map((r) => r.cells?.map((c) => text.slice(c.start, c.end)))).toEqual([
      ['Purpose', 'Legal basis'],
      ['Orders', 'Contract'],
    ])
    expect(segments[2].section).toBe(1)
  })

  it.each([
    ['en', 'We process your data to provide the service and you may ask us what we hold.'],
    ['fi', 'Käsittelemme henkilötietoja ja tiedot saadaan asiakkaalta itseltään, jos se on mahdollista.'],
    ['sv', 'Vi behandlar dina personuppgifter för att du ska kunna handla hos oss och det är viktigt.'],
    ['da', 'Vi behandler dine personoplysninger, når du handler hos os, og du kan altid klage.'],
    ['de', 'Wir verarbeiten Ihre personenbezogenen Daten für die Bestellung und die Lieferung der Ware.'],
    ['fr', 'Nous traitons vos données pour la gestion des commandes et vous pouvez exercer vos droits.'],
  ] as const)('tells %s from its words', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang)
  })
})
