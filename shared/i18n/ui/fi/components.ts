import type { componentsMessages } from '../components'
import type { Translation } from '../translation'

export const componentsFi: Translation<typeof componentsMessages> = {
  findingCount: {
    error_one: '{{count}} virhe',
    error_other: '{{count}} virhettä',
    warning_one: '{{count}} varoitus',
    warning_other: '{{count}} varoitusta',
    info_one: '{{count}} huomautus',
    info_other: '{{count}} huomautusta',
  },
  completeness: {
    complete: 'Valmis',
    incomplete: 'Kesken',
    notApplicable: 'Ei sovellu',
  },
  country: {
    placeholder: 'Hae maata kirjoittamalla',
    nothingFound: 'Sen nimistä maata ei löydy',
  },
  catalogueSelect: {
    nothingFound: 'Ei osumia',
  },
  dateField: {
    placeholder: 'VVVV-KK-PP',
    notADate: '”{{text}}” ei ole päivämäärä. Kirjoita se muodossa 31.3.2026 tai 2026-03-31.',
    noSuchDay: 'Päivää {{text}} ei ole: siinä kuussa on {{days}} päivää.',
  },
  transferStatus: {
    short: {
      eea: 'EU/ETA',
      adequate: 'Riittävä tietosuoja',
      adequate_partial: 'Riittävä tietosuoja (osittain)',
      third_country: 'Kolmas maa',
    },
    title: {
      eea: '{{name}} kuuluu EU:hun/ETA:an – siirtoperustetta ei tarvita',
      adequate: '{{name}}: voimassa oleva riittävyyspäätös',
      adequate_partial: '{{name}}: riittävyyspäätös koskee vain osaa vastaanottajista',
      third_country: '{{name}} on kolmas maa – siirto edellyttää suojatoimia',
    },
    body: {
      eea: 'Tietoja voi siirtää EU:n/ETA:n sisällä ilman V luvun mukaista siirtoperustetta.',
      adequate:
        'Komissio on todennut, että {{name}} varmistaa riittävän tietosuojan tason: {{decision}} (45 artikla). Muita suojatoimia ei tarvita.',
      adequate_partial:
        '{{decision}} koskee vain osaa vastaanottajista: {{scope}} Jos vastaanottaja ei kuulu sen piiriin, valitse suojatoimi, kuten vakiosopimuslausekkeet.',
      third_country:
        '{{name}}: riittävyyspäätöstä ei ole. Siirto edellyttää asianmukaisia suojatoimia (46 artikla), kuten vakiosopimuslausekkeita tai yritystä koskevia sitovia sääntöjä, tai satunnaisissa siirroissa poikkeusta (49 artikla).',
    },
  },
}
