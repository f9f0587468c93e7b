/**
 * A calendar date stored as `YYYY-MM-DD` (the register's format), shown as the interface language writes
 * dates (the same as every other date on screen) and typed either way: ISO or day first ("2.12.2027").
 *
 * A typed date that is no day ("2026-02-30", "hello") is an error at the field. The field hands what was typed
 * to the form as it is, so the form's check and the API refuse it: the field never keeps the last day that
 * parsed on the way ("2026-02-3") or one the date library rolled over (2 March). It also remembers what was
 * typed itself, so the error stays at the field where the page drops a value that is no day (a filter, a URL).
 */
import { useState, type FocusEvent, type FormEvent } from 'react'
import { DateInput, type DateInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { daysInMonth, isIsoDay } from '../../shared/calendar'
import { parseDay, typedDay } from '../../shared/i18n/dates'
import { formatDate } from './format'

type Props = Omit<DateInputProps, 'value' | 'onChange'> & {
  value?: string | null
  onChange(value: string | null): void
}

/** The value itself when it is a day of the calendar written `YYYY-MM-DD`, else null: for pages that query by a field's date. */
export const realDay = (value: string | null | undefined): string | null =>
  value && isIsoDay(value) ? value : null

export function DateField({ value, onChange, error, onBlur, ...props }: Props) {
  const { t } = useTranslation()
  // What the user typed that is no day, until they type or pick one that is (or clear the field).
  const [typedWrong, setTypedWrong] = useState<string | null>(null)
  const typedProblem = (text: string) => {
    const typed = typedDay(text)
    if (typed && typed.month >= 1 && typed.month <= 12)
      return t('components.dateField.noSuchDay', { text, days: daysInMonth(typed.year, typed.month) })
    return t('components.dateField.notADate', { text })
  }
  // Written like a whole date but no day of the calendar: refused as it is typed, not only when leaving the field.
  const onInput = (event: FormEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value.trim()
    if (typedDay(text) && parseDay(text) === null) refuse(text)
    else if (text === '' || parseDay(text) !== null) setTypedWrong(null)
  }
  const refuse = (text: string) => {
    setTypedWrong(text)
    onChange(text)
  }
  const onLeave = (event: FocusEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value.trim()
    // Left untouched, the field shows its day as the language writes it ("3 Dec 2026"): that is no typing error.
    const shown = typeof value === 'string' && isIsoDay(value) ? formatDate(value) : null
    if (text !== '' && text !== shown && parseDay(text) === null) refuse(text)
    onBlur?.(event)
  }
  const invalid = typeof value === 'string' && value !== '' && !isIsoDay(value)
  const wrong = invalid ? value : typedWrong
  return (
    <DateInput
      valueFormat={(day) => formatDate(day)}
      dateParser={parseDay}
      placeholder={t('components.dateField.placeholder')}
      clearable
      {...props}
      error={wrong !== null ? typedProblem(wrong) : error}
      onInput={onInput}
      onBlur={onLeave}
      value={invalid ? null : (value ?? null)}
      onChange={(v) => {
        setTypedWrong(null)
        onChange(v ? v.slice(0, 10) : null)
      }}
    />
  )
}
