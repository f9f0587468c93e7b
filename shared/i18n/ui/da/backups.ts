import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsDa: Translation<typeof backupsMessages> = {
  title: 'Sikkerhedskopier',
  intro:
    'Kopier af hele arbejdsområdet, alle organisationer medregnet. ROPA tager automatisk én efter dagens første ændringer (når du holder en pause), holder den opdateret, mens programmet er åbent, og når det lukkes, og beholder én kopi om dagen for de seneste syv dage med ændringer; den tager også én før en opdatering af programmet og før en gendannelse.',
  folder: 'Mappe med sikkerhedskopier',
  openFolder: 'Åbn mappen',
  automaticFailed:
    'Den seneste automatiske sikkerhedskopi mislykkedes ({{when}}): {{message}} Registret berøres ikke; ROPA prøver igen om et minut. “Tag sikkerhedskopi nu” tager en kopi i hånden.',
  noAutomatic:
    'En teamdatabase sikkerhedskopieres på sin server: ROPA tager ingen automatiske kopier af den her. Kopier taget i hånden lægges i denne mappe.',
  now: 'Tag sikkerhedskopi nu',
  created: 'Sikkerhedskopi taget: {{name}}',
  empty: 'Ingen sikkerhedskopier endnu.',
  kind: {
    label: 'Type',
    'pre-migration': 'Før en opdatering af ROPA',
    automatic: 'Automatisk (daglig)',
    manual: 'Taget manuelt',
    'before-restore': 'Før en gendannelse',
  },
  createdAt: 'Taget',
  size: 'Størrelse',
  file: 'Fil',
  restore: 'Gendan',
  restoreNamed: 'Gendan sikkerhedskopien fra {{when}}',
  restoreTitle: 'Gendan sikkerhedskopien fra {{when}}?',
  restoreBody:
    'Arbejdsområdets indhold, alle organisationer medregnet, erstattes af denne sikkerhedskopi. Ændringer foretaget, siden den blev taget, er ikke længere i fortegnelsen.',
  restoreSafety:
    'Forinden tager ROPA en sikkerhedskopi af den nuværende tilstand (vist her som ”Før en gendannelse”), så du kan vende tilbage til den ved at gendanne den kopi.',
  restored: 'Sikkerhedskopien fra {{when}} er gendannet. Tilstanden før er gemt som {{safetyCopy}}.',
}
