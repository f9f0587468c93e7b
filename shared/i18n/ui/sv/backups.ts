import type { backupsMessages } from '../backups'
import type { Translation } from '../translation'

export const backupsSv: Translation<typeof backupsMessages> = {
  title: 'Säkerhetskopior',
  intro:
    'Kopior av hela arbetsytan, alla organisationer inräknade. ROPA gör en automatiskt efter dagens första ändringar (när du gör en paus), håller den aktuell medan programmet är öppet och när det stängs, och behåller en kopia per dag för de senaste sju dagarna med ändringar; den gör också en före en uppdatering av programmet och före en återställning.',
  folder: 'Mapp för säkerhetskopior',
  openFolder: 'Öppna mappen',
  automaticFailed:
    'Den senaste automatiska säkerhetskopieringen misslyckades ({{when}}): {{message}} Registret påverkas inte; ROPA försöker igen om en minut. ”Säkerhetskopiera nu” gör en kopia för hand.',
  noAutomatic:
    'En teamdatabas säkerhetskopieras på sin server: ROPA gör inga automatiska kopior av den här. Kopior som görs för hand hamnar i den här mappen.',
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
