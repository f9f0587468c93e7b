/**
 * Binds form fields to inputs and to the compliance findings about them: each finding is shown under the
 * input its `field` names (as the input's description, so screen readers link it), the way the form shows
 * its own errors.
 */
import type { UseFormReturnType } from '@mantine/form'
import type { ReactNode } from 'react'
import type { Finding } from '../../shared/checks'
import { FindingList } from './findings'
import { checkboxProps, numberProps, textProps } from './form-fields'

type AnyForm = UseFormReturnType<any>

/** Props for an input: its value and change handler, error, `data-path`, and findings as its description. */
export type BoundProps = { value: any; onChange: any; [prop: string]: any }

/** `help` is the field's own description; findings are shown after it. */
export interface FieldBinder {
  /** Selects, dates, countries and other inputs whose value is the form value as it is. */
  input(path: string, help?: ReactNode): BoundProps
  /** Text inputs and text areas: empty is null. */
  text(path: string, help?: ReactNode): BoundProps
  number(path: string, help?: ReactNode): BoundProps
  checkbox(path: string, help?: ReactNode): Record<string, any>
  /** The findings about a field, for fields that are not a single input (lists, switches). */
  findingsAt(path: string): Finding[]
}

/** Groups findings by the form path they are shown at. */
export function findingsByPath(
  findings: readonly Finding[],
  displayPath: (field: string) => string = (f) => f,
): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (!finding.field) continue
    const path = displayPath(finding.field)
    byPath.set(path, [...(byPath.get(path) ?? []), finding])
  }
  return byPath
}

function withFindings(
  props: Record<string, any>,
  findings: Finding[] | undefined,
  help: ReactNode,
  wrapper: boolean,
): BoundProps {
  if (!findings?.length) return (help === undefined ? props : { ...props, description: help }) as BoundProps
  return {
    ...(props as BoundProps),
    description: (
      <>
        {help}
        <FindingList findings={findings} />
      </>
    ),
    // With a finding the description sits under the input, where the eye goes after typing.
    ...(wrapper ? { inputWrapperOrder: ['label', 'input', 'description', 'error'] } : {}),
  }
}

export function bindFields(form: AnyForm, byPath: ReadonlyMap<string, Finding[]>): FieldBinder {
  return {
    input: (path, help) => withFindings(form.getInputProps(path), byPath.get(path), help, true),
    text: (path, help) => withFindings(textProps(form, path), byPath.get(path), help, true),
    number: (path, help) => withFindings(numberProps(form, path), byPath.get(path), help, true),
    checkbox: (path, help) => withFindings(checkboxProps(form, path), byPath.get(path), help, false),
    findingsAt: (path) => byPath.get(path) ?? [],
  }
}
