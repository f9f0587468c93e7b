/**
 * Names people type for a country that are not its official name, per language: short forms ("USA", "UK"),
 * the old or everyday name ("Holland", "Turkey", "Ivory Coast"), a part for the whole ("England"). The
 * country search (./country-search.ts) and the importer's name lookup take them in every language, beside
 * the names and aliases i18n-iso-countries already has.
 */
import type { Language } from '../schemas/codes'
import { REFERENCE_AS_OF } from './source'
import type { CountryCode } from './countries'

export const COUNTRY_ALIASES: {
  readonly asOf: string
  readonly source: string
  readonly items: Readonly<Record<Language, Readonly<Record<CountryCode, readonly string[]>>>>
} = {
  asOf: REFERENCE_AS_OF,
  source:
    'Everyday names in each language (common usage, the EU Interinstitutional Style Guide’s short names)',
  items: {
    en: {
      US: ['America', 'United States', 'USA', 'US'],
      GB: ['UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
      NL: ['Holland'],
      KR: ['Korea', 'South Korea'],
      KP: ['North Korea'],
      CZ: ['Czechia'],
      RU: ['Russia'],
      AE: ['UAE', 'Emirates'],
      TR: ['Turkey', 'Türkiye'],
      CI: ['Ivory Coast'],
      CV: ['Cape Verde'],
      MK: ['Macedonia'],
      SZ: ['Swaziland'],
      VA: ['Vatican', 'Holy See'],
      CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
      CG: ['Congo-Brazzaville'],
      TW: ['Taiwan'],
      IR: ['Iran'],
      SY: ['Syria'],
      VN: ['Vietnam'],
      LA: ['Laos'],
      MD: ['Moldova'],
      BO: ['Bolivia'],
      VE: ['Venezuela'],
      TZ: ['Tanzania'],
      PS: ['Palestine'],
      MM: ['Burma'],
    },
    fi: {
      US: ['USA', 'Amerikka', 'Yhdysvallat'],
      GB: ['UK', 'Iso-Britannia', 'Britannia', 'Englanti', 'Skotlanti', 'Wales', 'Pohjois-Irlanti'],
      NL: ['Hollanti'],
      KR: ['Korea', 'Etelä-Korea'],
      KP: ['Pohjois-Korea'],
      CZ: ['Tšekin tasavalta', 'Tsekki'],
      AE: ['Arabiemiraatit', 'Emiraatit'],
      TR: ['Turkki'],
      VA: ['Vatikaani'],
      CD: ['Kongon demokraattinen tasavalta', 'Kongo-Kinshasa'],
      MK: ['Makedonia'],
    },
    sv: {
      US: ['Amerika', 'Förenta staterna', 'US'],
      GB: ['UK', 'England', 'Förenade kungariket', 'Skottland', 'Wales', 'Nordirland'],
      NL: ['Holland'],
      KR: ['Korea'],
      KP: ['Nordkorea'],
      CZ: ['Tjeckiska republiken'],
      AE: ['Emiraten'],
      TR: ['Turkiet'],
      VA: ['Vatikanen'],
      CD: ['Kongo-Kinshasa'],
      MK: ['Makedonien'],
    },
    da: {
      US: ['Amerika', 'De Forenede Stater', 'US'],
      GB: ['UK', 'England', 'Det Forenede Kongerige', 'Skotland', 'Wales', 'Nordirland'],
      NL: ['Nederlandene', 'Nederland'],
      KR: ['Korea'],
      KP: ['Nordkorea'],
      CZ: ['Den Tjekkiske Republik'],
      AE: ['Emiraterne'],
      TR: ['Tyrkiet'],
      VA: ['Vatikanet'],
      CD: ['Congo-Kinshasa'],
      MK: ['Makedonien'],
    },
    de: {
      US: ['Amerika', 'US', 'Vereinigte Staaten'],
      GB: ['UK', 'England', 'Britannien', 'Schottland', 'Wales', 'Nordirland'],
      NL: ['Holland'],
      KR: ['Korea'],
      KP: ['Nordkorea'],
      CZ: ['Tschechei'],
      AE: ['VAE', 'Emirate'],
      TR: ['Türkei'],
      VA: ['Vatikan', 'Vatikanstadt'],
      CD: ['Kongo-Kinshasa'],
      MK: ['Mazedonien'],
    },
    fr: {
      US: ['Amérique', 'USA', 'États-Unis'],
      GB: ['UK', 'Angleterre', 'Grande-Bretagne', 'Écosse', 'Pays de Galles', 'Irlande du Nord'],
      NL: ['Hollande'],
      KR: ['Corée'],
      KP: ['Corée du Nord'],
      CZ: ['Tchéquie'],
      AE: ['EAU', 'Émirats'],
      TR: ['Turquie'],
      VA: ['Vatican'],
      CD: ['RDC', 'Congo-Kinshasa'],
      MK: ['Macédoine'],
    },
  },
}
