/** A calendar date stored as `YYYY-MM-DD` (the register's format), shown in words, typed either way. */
import { DateInput, type DateInputProps } from '@mantine/dates'

type Props = Omit<DateInputProps, 'value' | 'onChange'> & {
  value?: string | null
  onChange(value: string | null): void
}

export function DateField({ value, onChange, ...props }: Props) {
  return <DateInput valueFormat="D MMMM YYYY" placeholder="YYYY-MM-DD" clearable {...props} value={value ?? null} onChange={(v) => onChange(v ? v.slice(0, 10) : null)} />
}
