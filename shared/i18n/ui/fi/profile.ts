import type { profileMessages } from '../profile'
import type { Translation } from '../translation'

export const profileFi: Translation<typeof profileMessages> = {
  title: 'Organisaation tiedot',
  intro:
    'Selostetta ylläpitävän organisaation nimi ja yhteystiedot, sen edustaja ja tietosuojavastaava (30 artiklan 1 kohdan a alakohta ja 2 kohdan a alakohta). Selosteen jokainen käsittelytoimi viittaa niihin.',
  saved: 'Organisaation {{name}} tiedot tallennettu',
  discard: 'Hylkää muutokset',
  sections: {
    identity: 'Organisaatio',
    representative: 'Edustaja unionissa (27 artikla)',
    dpo: 'Tietosuojavastaava',
    contactPerson: 'Selosteen yhteyshenkilö',
    authority: 'Valvontaviranomainen ja viennin kieli',
  },
  countryHelp: 'Maa, johon organisaatio on sijoittautunut',
  employeeHelp:
    '30 artiklan 5 kohta: alle 250 henkilöä työllistävät organisaatiot voivat olla vapautettuja selosteen ylläpidosta, tärkein poikkeuksin',
  representativeHelp: 'Tarvitaan vain, jos organisaatio on sijoittautunut EU:n/ETA:n ulkopuolelle.',
  representativeRequired:
    'Organisaatio on sijoittautunut EU:n/ETA:n ulkopuolelle ({{country}}): sen on nimettävä kirjallisesti edustaja unionissa (27 artikla).',
  hasRepresentative: 'Edustaja on nimetty',
  dpoHelp:
    'Kirjaa tietosuojavastaava, jos sellainen on nimitetty (37 artikla). Selosteessa mainitaan tietosuojavastaavan yhteystiedot.',
  hasDpo: 'Tietosuojavastaava on nimitetty',
  hasContactPerson: 'Nimeä yhteyshenkilö',
  authorityHelp: 'Johtava valvontaviranomainen, jonka saataville seloste asetetaan',
  language: 'Viennin kieli',
  languageHelp: 'Excel- ja PDF-vientien otsikot ja nimikkeet',
}
