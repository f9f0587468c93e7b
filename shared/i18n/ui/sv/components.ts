import type { componentsMessages } from '../components'
import type { Translation } from '../translation'

export const componentsSv: Translation<typeof componentsMessages> = {
  findingCount: {
    error_one: '{{count}} fel',
    error_other: '{{count}} fel',
    warning_one: '{{count}} varning',
    warning_other: '{{count}} varningar',
    info_one: '{{count}} anmärkning',
    info_other: '{{count}} anmärkningar',
  },
  completeness: {
    complete: 'Fullständig',
    incomplete: 'Ofullständig',
    notApplicable: 'Ej tillämplig',
  },
  country: {
    placeholder: 'Skriv för att söka land',
    nothingFound: 'Inget land med det namnet',
  },
  catalogueSelect: {
    nothingFound: 'Inga träffar',
  },
  dateField: {
    placeholder: 'ÅÅÅÅ-MM-DD',
    notADate: '”{{text}}” är inget datum. Skriv det som 31.3.2026 eller 2026-03-31.',
    noSuchDay: 'Det finns inget {{text}}: den månaden har {{days}} dagar.',
  },
  transferStatus: {
    short: {
      eea: 'EU/EES',
      adequate: 'Adekvat skyddsnivå',
      adequate_partial: 'Adekvat skyddsnivå (delvis)',
      third_country: 'Tredjeland',
    },
    title: {
      eea: '{{name}} ingår i EU/EES – ingen grund för överföring behövs',
      adequate: '{{name}}: beslut om adekvat skyddsnivå gäller',
      adequate_partial: '{{name}}: beslut om adekvat skyddsnivå endast för vissa mottagare',
      third_country: '{{name}} är ett tredjeland – en skyddsåtgärd behövs',
    },
    body: {
      eea: 'Uppgifterna får flöda inom EU/EES utan en grund enligt kapitel V.',
      adequate:
        'Kommissionen har beslutat att {{name}} säkerställer en adekvat skyddsnivå: {{decision}} (artikel 45). Ingen ytterligare skyddsåtgärd behövs.',
      adequate_partial:
        '{{decision}} omfattar endast vissa mottagare: {{scope}} Om mottagaren inte omfattas, välj en skyddsåtgärd som standardavtalsklausuler.',
      third_country:
        'Det finns inget beslut om adekvat skyddsnivå för {{name}}. Överföringen kräver lämpliga skyddsåtgärder (artikel 46), till exempel standardavtalsklausuler eller bindande företagsbestämmelser, eller för tillfälliga överföringar ett undantag (artikel 49).',
    },
  },
}
