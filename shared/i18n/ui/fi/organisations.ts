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
}
