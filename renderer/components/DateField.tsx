/**
 * A calendar date stored as `YYYY-MM-DD` (the register's format), shown as the interface language writes
 * dates (the same as every other date on screen) and typed either way: ISO or day first ("2.12.2027").
 */
import { DateInput, type DateInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { parseDay } from '../../shared/i18n/dates'
import { formatDate } from './format'

type Props = Omit<DateInputProps, 'value' | 'onChange'> & {
  value?: string | null
  onChange(value: string | null): void
}

export function DateField({ value, onChange, ...props }: Props) {
  useTranslation()
  return (
    <DateInput
      valueFormat={(day) => formatDate(day)}
      dateParser={parseDay}
      placeholder="YYYY-MM-DD"
      clearable
      {...props}
      value={value ?? null}
      onChange={(v) => onChange(v ? v.slice(0, 10) : null)}
    />
  )
}
