import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsSv: Translation<typeof backupsMessages> = {
  title: 'Säkerhetskopior',
  intro:
    'Kopior av hela arbetsytan, alla organisationer inräknade, i en mapp bredvid arbetsytans fil. ROPA gör en automatiskt varje dag den är öppen och behåller de senaste; den gör också en före en uppdatering av programmet och före en återställning.',
  now: 'Säkerhetskopiera nu',
  created: 'Säkerhetskopierat: {{name}}',
  empty: 'Inga säkerhetskopior ännu.',
  kind: {
    label: 'Typ',
    'pre-migration': 'Före en uppdatering av ROPA',
    automatic: 'Automatisk (daglig)',
    manual: 'Gjord för hand',
    'before-restore': 'Före en återställning',
  },
  createdAt: 'Gjord',
  size: 'Storlek',
  file: 'Fil',
  restore: 'Återställ',
  restoreNamed: 'Återställ säkerhetskopian från {{when}}',
  restoreTitle: 'Återställa säkerhetskopian från {{when}}?',
  restoreBody:
    'Arbetsytans innehåll, alla organisationer inräknade, ersätts av denna säkerhetskopia. Ändringar som gjorts sedan den togs finns inte längre i registret.',
  restoreSafety:
    'Dessförinnan säkerhetskopierar ROPA det nuvarande läget (listat här som ”Före en återställning”), så att du kan gå tillbaka till det genom att återställa den kopian.',
  restored: 'Säkerhetskopian från {{when}} har återställts. Läget innan finns kvar som {{safetyCopy}}.',
}
