import type { organisationsMessages } from '../organisations'
import type { Translation } from '../translation'

export const organisationsSv: Translation<typeof organisationsMessages> = {
  title: 'Organisationer',
  intro: 'Varje organisation har sitt eget register. Konsulter för ett per kund.',
  new: 'Ny organisation',
  name: 'Namn',
  namePlaceholder: 't.ex. Nordiska Bageriet AB',
  created: 'Organisationen har skapats',
  renamed: 'Organisationen har bytt namn',
  renameTitle: 'Byt namn på organisationen',
  deleteTitle: 'Ta bort {{name}}?',
  deleteBody:
    'Detta tar bort organisationen och hela dess register: {{count}} behandlingar. Det går inte att ångra här.',
  deleteConfirm: 'Skriv organisationens namn för att bekräfta',
  empty: 'Inga organisationer ännu. Skapa den första för att börja på dess register.',
  open: 'Öppna registret',
  updated: 'Senaste ändring',
  profile: 'Organisationens profil',
  moreActions: 'Fler åtgärder för {{name}}',
  // The guidance on an organisation with no activities yet (FirstSteps.tsx).
  firstSteps: {
    title: 'Första stegen för {{name}}',
    intro: 'Registret är tomt. Fyra steg ger en första version:',
    templates:
      'Lägg till behandlingar från mallar: lön, rekrytering, kundregister, nyhetsbrev… var och en med ändamål, rättslig grund och uppgifter.',
    templatesAction: 'Välj en mall',
    vendors:
      'Lägg till parter och leverantörer ni arbetar med från biblioteket (fliken ”Leverantörer”): land, DPF-status och överföringsmekanism följer med.',
    vendorsAction: 'Öppna biblioteket',
    profile:
      'Fyll i organisationens egna kontaktuppgifter, registrets uppgifter om den personuppgiftsansvarige (artikel 30.1 a).',
    profileAction: 'Öppna profilen',
    findings:
      'Granska sedan iakttagelserna i översikten: de visar vad varje behandling fortfarande saknar, med artikel.',
    findingsAction: 'Öppna översikten',
    dismiss: 'Dölj de här stegen',
  },
}
