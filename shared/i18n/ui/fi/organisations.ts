import type { organisationsMessages } from '../organisations'
import type { Translation } from '../translation'

export const organisationsFi: Translation<typeof organisationsMessages> = {
  title: 'Organisaatiot',
  intro: 'Jokaisella organisaatiolla on oma selosteensa. Konsultti pitää yhtä kutakin asiakasta kohden.',
  new: 'Uusi organisaatio',
  name: 'Nimi',
  namePlaceholder: 'esim. Pohjolan Leipomo Oy',
  created: 'Organisaatio luotu',
  renamed: 'Organisaatio nimetty uudelleen',
  renameTitle: 'Nimeä organisaatio uudelleen',
  deleteTitle: 'Poistetaanko {{name}}?',
  deleteBody:
    'Tämä poistaa organisaation ja sen koko selosteen: {{count}} käsittelytointa. Poistoa ei voi perua täällä.',
  deleteConfirm: 'Vahvista kirjoittamalla organisaation nimi',
  empty: 'Ei vielä organisaatioita. Luo ensimmäinen aloittaaksesi sen selosteen.',
  open: 'Avaa seloste',
  updated: 'Viimeisin muutos',
  profile: 'Organisaation tiedot',
  moreActions: 'Lisää toimintoja: {{name}}',
  // The guidance on an organisation with no activities yet (FirstSteps.tsx).
  firstSteps: {
    title: 'Ensimmäiset askeleet: {{name}}',
    intro: 'Seloste on tyhjä. Neljällä askeleella saat ensimmäisen version:',
    templates:
      'Lisää käsittelytoimia malleista: palkanlaskenta, rekrytointi, asiakasrekisteri, uutiskirje… jokaisen mukana tulevat käyttötarkoitukset, oikeusperusteet ja tiedot.',
    templatesAction: 'Valitse malli',
    vendors:
      'Lisää osapuolet ja palveluntarjoajat kirjastosta (välilehti ”Palveluntarjoajat”): niiden maa, DPF-tila ja siirtoperuste tulevat mukana.',
    vendorsAction: 'Avaa kirjasto',
    profile:
      'Täytä organisaation omat yhteystiedot, selosteen rekisterinpitäjää koskeva kohta (30 artiklan 1 kohdan a alakohta).',
    profileAction: 'Avaa organisaation tiedot',
    findings:
      'Tarkista sitten havainnot yleiskatsauksesta: ne kertovat artikloineen, mitä kustakin käsittelytoimesta vielä puuttuu.',
    findingsAction: 'Avaa yleiskatsaus',
    dismiss: 'Piilota nämä askeleet',
  },
}
