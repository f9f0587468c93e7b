import type { componentsMessages } from '../components'
import type { Translation } from '../translation'

export const componentsDa: Translation<typeof componentsMessages> = {
  findingCount: {
    error_one: '{{count}} fejl',
    error_other: '{{count}} fejl',
    warning_one: '{{count}} advarsel',
    warning_other: '{{count}} advarsler',
    info_one: '{{count}} bemærkning',
    info_other: '{{count}} bemærkninger',
  },
  completeness: {
    complete: 'Fuldstændig',
    incomplete: 'Ufuldstændig',
    notApplicable: 'Ikke relevant',
  },
  country: {
    placeholder: 'Skriv for at søge efter land',
    nothingFound: 'Intet land med det navn',
  },
  catalogueSelect: {
    nothingFound: 'Intet fundet',
  },
  dateField: {
    placeholder: 'ÅÅÅÅ-MM-DD',
    notADate: '“{{text}}” er ikke en dato. Skriv den som 31.3.2026 eller 2026-03-31.',
    noSuchDay: 'Der findes ingen {{text}}: den måned har {{days}} dage.',
  },
  transferStatus: {
    short: {
      eea: 'EU/EØS',
      adequate: 'Tilstrækkeligt beskyttelsesniveau',
      adequate_partial: 'Tilstrækkeligt beskyttelsesniveau (delvis)',
      third_country: 'Tredjeland',
    },
    title: {
      eea: '{{name}} er i EU/EØS – intet overførselsgrundlag nødvendigt',
      adequate: '{{name}}: tilstrækkelighedsafgørelse gælder',
      adequate_partial: '{{name}}: tilstrækkelighedsafgørelse kun for visse modtagere',
      third_country: '{{name}} er et tredjeland – kræver en garanti',
    },
    body: {
      eea: 'Oplysningerne må overføres inden for EU/EØS uden et grundlag efter kapitel V.',
      adequate:
        'Kommissionen har fastslået, at {{name}} sikrer et tilstrækkeligt beskyttelsesniveau: {{decision}} (artikel 45). Der kræves ingen yderligere garanti.',
      adequate_partial:
        '{{decision}} omfatter kun visse modtagere: {{scope}} Hvis modtageren ikke er omfattet, skal du vælge en garanti som f.eks. standardkontraktbestemmelser.',
      third_country:
        'Der er ingen tilstrækkelighedsafgørelse for {{name}}. Overførslen kræver fornødne garantier (artikel 46), f.eks. standardkontraktbestemmelser eller bindende virksomhedsregler, eller ved lejlighedsvise overførsler en undtagelse (artikel 49).',
    },
  },
}
